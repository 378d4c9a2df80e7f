"""henan: portal and statistics bureau settings."""
