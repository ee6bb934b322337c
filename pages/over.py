import streamlit as st
st.title('over')
