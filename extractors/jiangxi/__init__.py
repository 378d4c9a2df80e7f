"""jiangxi: portal and statistics bureau settings."""
