"""SQL transforms: staging and core to marts (files in sql/, run in order)."""
