import sys
from consilium.orchestration.privacy import learned_train as LT
LT.PARAMS = dict(LT.PARAMS, max_iterations=int(sys.argv[2]))
exec(open("/work/tmp/s32/train_eval.py").read().replace("sys.argv[1]", "sys.argv[3]").replace("sys.argv[2]", "sys.argv[4]"))
