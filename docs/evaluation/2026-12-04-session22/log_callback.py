"""How llama.cpp's log callback slows a model load that runs beside busy Python code.

``python docs/evaluation/2026-12-04-session22/log_callback.py MODE [SWITCH_INTERVAL_S]`` loads Qwen2.5-Coder-1.5B
(the embedded default's file in ~/.consilium/models) in a thread and prints its seconds. MODE:
``py`` a Python log callback (what llama-cpp-python installs, and what Consilium installed before), alone;
``busy-py`` the same while the main thread runs a Python loop (as the command line's imports do);
``c`` / ``busy-c`` the callback in C (llama_max_devices, what Consilium installs now), alone / beside the loop.
The optional second argument sets sys.setswitchinterval (Python's default is 0.005 s)."""
import ctypes
import os
import sys
import threading
import time

mode = sys.argv[1]
if len(sys.argv) > 2:
    sys.setswitchinterval(float(sys.argv[2]))
import llama_cpp  # noqa: E402
from llama_cpp import Llama  # noqa: E402

calls = [0]
if mode.endswith("py"):
    @llama_cpp.llama_log_callback
    def callback(level, text, user_data):
        calls[0] += 1
else:
    callback = llama_cpp.llama_log_callback(ctypes.cast(llama_cpp.llama_cpp._lib.llama_max_devices, ctypes.c_void_p).value)
llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
path = os.path.expanduser("~/.consilium/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf")
took = [0.0]


def load():
    t = time.perf_counter()
    Llama(model_path=path, n_ctx=4096, n_threads=2, verbose=False)
    took[0] = time.perf_counter() - t


thread = threading.Thread(target=load)
thread.start()
if mode.startswith("busy"):
    x = 0
    while thread.is_alive():
        x += sum(i * i for i in range(1000))
thread.join()
print(f"{mode}: load {took[0]:.3f} s, Python callbacks {calls[0]}")
