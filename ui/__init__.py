"""The case-review web app (Gradio): ``consilium ui``, or :func:`consilium.ui.app.build_app` / ``launch``.

Importing this package is cheap; Gradio is imported by :mod:`consilium.ui.app` only.
"""
