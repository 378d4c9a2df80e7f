"""provintel: provincial economic intelligence for the HKSAR ETO in Wuhan."""
