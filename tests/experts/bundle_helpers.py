"""A tiny but real MONAI bundle written by the tests themselves (no bundle can be downloaded here).

Its ``configs/inference.json`` follows the layout of the Model Zoo's spleen_ct_segmentation bundle
(preprocessing, dataset, dataloader, inferer, postprocessing with SaveImaged, SupervisedEvaluator,
CheckpointLoader, initialize/run), with a 3-class UNet small enough to run on a CPU in a second.
"""

from __future__ import annotations

import json
from pathlib import Path

NETWORK = {"spatial_dims": 3, "in_channels": 1, "out_channels": 3, "channels": [4, 8, 16], "strides": [2, 2], "num_res_units": 1}
LABELS = {"0": "background", "1": "organ A", "2": "organ B"}


def inference_config(roi: int = 32) -> dict:
    return {
        "imports": ["$import glob", "$import os"],
        "bundle_root": ".",
        "output_dir": "$@bundle_root + '/eval'",
        "dataset_dir": "/nonexistent/data",
        "datalist": "$list(sorted(glob.glob(@dataset_dir + '/*.nii.gz')))",
        "device": "$torch.device('cpu')",
        "network_def": {"_target_": "UNet", **NETWORK},
        "network": "$@network_def.to(@device)",
        "preprocessing": {"_target_": "Compose", "transforms": [
            {"_target_": "LoadImaged", "keys": "image"},
            {"_target_": "EnsureChannelFirstd", "keys": "image"},
            {"_target_": "ScaleIntensityd", "keys": "image"},
            {"_target_": "EnsureTyped", "keys": "image"},
        ]},
        "dataset": {"_target_": "Dataset", "data": "$[{'image': i} for i in @datalist]", "transform": "@preprocessing"},
        "dataloader": {"_target_": "DataLoader", "dataset": "@dataset", "batch_size": 1, "shuffle": False, "num_workers": 4},
        "inferer": {"_target_": "SlidingWindowInferer", "roi_size": [roi, roi, roi], "sw_batch_size": 1, "overlap": 0.0},
        "postprocessing": {"_target_": "Compose", "transforms": [
            {"_target_": "Activationsd", "keys": "pred", "softmax": True},
            {"_target_": "AsDiscreted", "keys": "pred", "argmax": True},
            {"_target_": "SaveImaged", "keys": "pred", "output_dir": "@output_dir", "output_postfix": "seg",
             "separate_folder": True, "resample": False},
        ]},
        "handlers": [{"_target_": "StatsHandler", "iteration_log": False}],
        "evaluator": {"_target_": "SupervisedEvaluator", "device": "@device", "val_data_loader": "@dataloader",
                      "network": "@network", "inferer": "@inferer", "postprocessing": "@postprocessing",
                      "val_handlers": "@handlers", "amp": False},
        "checkpointloader": {"_target_": "CheckpointLoader", "load_path": "$@bundle_root + '/models/model.pt'",
                             "load_dict": {"model": "@network"}, "map_location": "cpu"},
        "initialize": ["$monai.utils.set_determinism(seed=0)", "$@checkpointloader(@evaluator)"],
        "run": ["$@evaluator.run()"],
    }


def write_tiny_bundle(root: Path, *, seed: int = 0, weights: bool = True) -> Path:
    """Write ``root/tiny_seg`` with configs, metadata and (optionally) seeded random UNet weights."""
    import torch
    from monai.networks.nets import UNet

    bundle = Path(root) / "tiny_seg"
    (bundle / "configs").mkdir(parents=True, exist_ok=True)
    (bundle / "models").mkdir(exist_ok=True)
    (bundle / "configs" / "inference.json").write_text(json.dumps(inference_config(), indent=2))
    (bundle / "configs" / "metadata.json").write_text(json.dumps({
        "version": "0.0.1", "name": "Tiny test segmentation", "description": "Random-weight UNet for tests.",
        "intended_use": "tests only",
        "network_data_format": {
            "inputs": {"image": {"type": "image", "modality": "CT", "num_channels": 1}},
            "outputs": {"pred": {"type": "image", "num_channels": 3, "channel_def": LABELS}},
        },
    }))
    if weights:
        torch.manual_seed(seed)
        torch.save(UNet(**NETWORK).state_dict(), bundle / "models" / "model.pt")
    return bundle
