"""facebook: descriptor.py (what it is), api.py (the wire and its errors), sign_in.py, publisher.py."""
