"""Imaging experts and their readers: DICOM/NIfTI/raster loading, tiled pathology images, CT and chest-radiograph quantification, MONAI bundles, synthetic phantoms."""
