# The numpy reference of `lae bench train` (issue 10: "a numpy loop takes 0.08 s per epoch" on an idle
# machine): the same epoch as the constant setting, Fashion-MNIST centred, m = 784, n = 10,000, k = 9,
# batch 32, L_sigma with lambda on every batch, Adam (Kingma and Ba), in float64. It is run side by side
# with the Java timings so that they can be read against the machine's state at that moment.
# Usage: python3 numpy_epoch.py IMAGES.gz EPOCHS ; prints one line: "numpy VERSION median FASTEST".
import gzip
import sys
import time

import numpy as np

with gzip.open(sys.argv[1]) as f:
    X = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784).astype(np.float64) / 255.0
X = np.ascontiguousarray(X - X.mean(0))
n, m = X.shape
k, b, lam = 9, 32, 8.0
rng = np.random.default_rng(0)
W1 = 0.05 * rng.standard_normal((k, m))
W2 = 0.05 * rng.standard_normal((m, k))
params = [W1, W2]
M = [np.zeros_like(p) for p in params]
V = [np.zeros_like(p) for p in params]
beta1, beta2, eps, lr = 0.9, 0.999, 1e-8, 0.05
t = 0
times = []
for epoch in range(2 + int(sys.argv[2])):
    order = rng.permutation(n)
    t0 = time.perf_counter()
    for s in range(0, n, b):
        Xb = X[order[s:s + b]].T
        H = W1 @ Xb
        R = Xb - W2 @ H
        G1 = -2 * (W2.T @ R) @ Xb.T + 2 * lam * W1
        G2 = -2 * R @ H.T + 2 * lam * W2
        t += 1
        for p, g, mm, vv in zip(params, (G1, G2), M, V):
            mm *= beta1
            mm += (1 - beta1) * g
            vv *= beta2
            vv += (1 - beta2) * g * g
            p -= lr / (1 - beta1 ** t) * mm / (np.sqrt(vv / (1 - beta2 ** t)) + eps)
    times.append(time.perf_counter() - t0)
times = sorted(times[2:])
print("numpy %s %.4f %.4f" % (np.__version__, times[len(times) // 2], times[0]))
