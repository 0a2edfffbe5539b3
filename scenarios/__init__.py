"""The demo case files, shipped as package data (``consilium.scenarios``) so an installed wheel has them too."""
