"""facebook: its wire client, sign-in and publisher."""
