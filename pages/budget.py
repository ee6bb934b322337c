import streamlit as st
st.title('budget')
