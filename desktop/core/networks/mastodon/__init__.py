"""mastodon: its wire client, sign-in and publisher."""
