import streamlit as st
st.title('doelstellingen')
