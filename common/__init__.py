"""The bottom layer: settings, the province registry and the stage contracts. Imports nothing of ours."""
