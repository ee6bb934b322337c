import streamlit as st
st.title('tijdlijn')
