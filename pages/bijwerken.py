import streamlit as st
st.title('bijwerken')
