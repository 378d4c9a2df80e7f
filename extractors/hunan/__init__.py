"""hunan: portal and statistics bureau settings."""
