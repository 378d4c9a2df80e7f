"""Hubei: portal www.hubei.gov.cn (TRS), statistics bureau tjj.hubei.gov.cn."""
