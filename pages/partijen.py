import streamlit as st
st.title('partijen')
