import streamlit as st
st.title('overzicht')
