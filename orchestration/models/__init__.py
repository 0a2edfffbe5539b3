"""The model layer: one chat interface over the embedded llama.cpp model, OpenAI-compatible endpoints (vLLM, llama.cpp's server) and scripted test models."""
