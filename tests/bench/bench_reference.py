#!/usr/bin/env python3
"""The numpy and PyTorch side of `make bench` (the C++ harness in tests/bench runs it).

It times the same products as the C++ side, the same way: one warm-up call, then batches of
calls lasting at least --min-time seconds each, the fastest batch; results go to stdout as
lines the harness reads:

    info KEY VALUE...             versions, the BLAS library numpy really loaded, threads
    coretype NAME GFLOPS          (probe) numpy's n×n product for one OPENBLAS_CORETYPE
    coretype NAME failed REASON   (probe) that core type cannot run here
    result BENCH SERIES X GFLOPS  (run)   BENCH: square | skinny | columns; SERIES: numpy | torch
    result train SERIES H SAMPLES_PER_S   (train) SERIES: torch_CORETYPE_THREADS_UPDATE, torch_best
    best train H CONFIG                   (train) the configuration that gave torch_best
    (the same with "fashion" for BENCH and 256 for H)

Commands:
    probe --n 512                    every OPENBLAS_CORETYPE, each in a fresh process
    run --coretype Zen --square 256,512 --skinny 64,128 --batch 32 --inputs 64
    train --coretypes Haswell,detected --hidden 32,128 --digits data/digits.csv.gz
          --fashion-dir DIR --fashion-samples 6400 --fashion-steps 100

Training (`train`): the MLP N_0-H-10 (nn.Linear, nn.Tanh, nn.Linear, float64), softmax
cross-entropy (F.cross_entropy), plain minibatch SGD with M' = 32 and eta = 0.1, on the same data
as the C++ side (the digits file scaled by 1/16, the first Fashion-MNIST training images scaled
by 1/255) and the same batches (consecutive samples of the file, in order, round and round).
The loop is the fastest honest one: tensors made once, a batch is a slice (a view, no copy), no
DataLoader. Each configuration runs in its own process: OPENBLAS_CORETYPE (read when OpenBLAS
loads), torch.set_num_threads(1 or 2) with OpenBLAS's threads to match, and the update either by
hand (p -= eta * p.grad under no_grad) or by torch.optim.SGD(foreach=True). torch_best is, for
each H, the fastest configuration of this round.

OpenBLAS reads OPENBLAS_CORETYPE once, when it is loaded, so every measurement runs in a child
process started with the environment it needs. Where Debian's OpenBLAS is installed
(libopenblas0-pthread) its folder goes first on LD_LIBRARY_PATH, so numpy and PyTorch (both
linked against the generic libblas.so.3) load OpenBLAS even when the system's BLAS
alternative points elsewhere; "info blas" names the library actually loaded.
"""
import argparse
import glob
import os
import signal
import subprocess
import sys
import time

CORETYPES = ["", "Haswell", "Zen", "SkylakeX", "Sandybridge"]  # "" = OpenBLAS detects the core
THREADS = str(min(2, os.cpu_count() or 1))


def openblas_dir():
    """Debian's OpenBLAS folder holding libblas.so.3, or None."""
    for pattern in ("/usr/lib/*/openblas-pthread", "/usr/lib/*/openblas-openmp",
                    "/usr/lib/*/openblas-serial"):
        for d in sorted(glob.glob(pattern)):
            if os.path.exists(os.path.join(d, "libblas.so.3")):
                return d
    return None


def child_env(coretype, threads=THREADS):
    env = dict(os.environ)
    d = openblas_dir()
    if d:
        env["LD_LIBRARY_PATH"] = d + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    env.pop("OPENBLAS_CORETYPE", None)
    if coretype:
        env["OPENBLAS_CORETYPE"] = coretype
    env["OPENBLAS_NUM_THREADS"] = threads
    env["OMP_NUM_THREADS"] = threads
    return env


def run_child(args, coretype, command="child", threads=THREADS):
    """Runs this script's `child` (or `train-child`) command; returns (exit code, stdout, stderr)."""
    p = subprocess.run([sys.executable, os.path.abspath(__file__), command] + args,
                       env=child_env(coretype, threads), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def failure(code, err):
    if code < 0:
        name = signal.Signals(-code).name
        hint = " (illegal instruction: this processor lacks that core type's SIMD)" if name == "SIGILL" else ""
        return "killed by " + name + hint
    last = err.strip().splitlines()[-1] if err.strip() else ""
    return "exit %d %s" % (code, last)


def seconds_per_call(f, min_time, batches):
    f()  # warm-up
    t0 = time.perf_counter()
    f()
    once = time.perf_counter() - t0
    calls = max(1, int(min_time / max(once, 1e-9)) + 1)
    per_call = []
    for _ in range(batches):
        t0 = time.perf_counter()
        for _ in range(calls):
            f()
        per_call.append((time.perf_counter() - t0) / calls)
    return min(per_call)  # the least disturbed batch, as on the C++ side


def loaded_blas():
    """Basenames of the BLAS libraries mapped into this process."""
    names = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if "blas" in os.path.basename(path).lower():
                names.add(os.path.basename(path))
    return sorted(names)


def child(opts):
    import numpy as np
    print("info numpy", np.__version__)
    torch = None
    if opts.torch:
        import torch
        torch.set_num_threads(int(THREADS))
        print("info torch", torch.__version__)
        print("info torch_threads", torch.get_num_threads())
    np.dot(np.ones((2, 2)), np.ones((2, 2)))  # loads the BLAS
    print("info blas", " ".join(loaded_blas()))
    print("info coretype", os.environ.get("OPENBLAS_CORETYPE", "(detected by OpenBLAS)"))
    print("info blas_threads", os.environ.get("OPENBLAS_NUM_THREADS", "?"))
    rng = np.random.default_rng(opts.round)

    def measure(bench, x, m, n, p):
        a, b = rng.standard_normal((m, n)), rng.standard_normal((n, p))
        c = np.empty((m, p))
        flops = 2.0 * m * n * p
        t = seconds_per_call(lambda: np.matmul(a, b, out=c), opts.min_time, opts.batches)
        print("result %s numpy %d %.6g" % (bench, x, flops / t / 1e9), flush=True)
        if torch is not None:
            ta, tb, tc = torch.from_numpy(a), torch.from_numpy(b), torch.from_numpy(c)
            t = seconds_per_call(lambda: torch.mm(ta, tb, out=tc), opts.min_time, opts.batches)
            print("result %s torch %d %.6g" % (bench, x, flops / t / 1e9), flush=True)

    for n in opts.square:
        measure("square", n, n, n, n)
    for h in opts.skinny:
        measure("skinny", h, opts.batch, opts.inputs, h)
        measure("columns", h, h, opts.inputs, opts.batch)


def load_digits(path):
    """X (M×64, pixels / 16) and labels of the digits file: 64 pixels then the label per line."""
    import gzip
    import numpy as np
    with gzip.open(path, "rt") as f:
        a = np.loadtxt(f, delimiter=",")
    return a[:, :-1] / 16.0, a[:, -1].astype(np.int64)


def load_fashion(folder, count):
    """The first `count` Fashion-MNIST training images (count×784, pixels / 255) and labels."""
    import gzip
    import numpy as np
    with gzip.open(os.path.join(folder, "train-images-idx3-ubyte.gz"), "rb") as f:
        raw = f.read(16 + 784 * count)
    with gzip.open(os.path.join(folder, "train-labels-idx1-ubyte.gz"), "rb") as f:
        labels = f.read(8 + count)
    X = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(count, 784) / 255.0
    return X, np.frombuffer(labels, dtype=np.uint8, offset=8).astype(np.int64)


def train_child(opts):
    """One configuration (threads, update) of the training benchmark; the core type is set by
    the parent in the environment."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    torch.set_num_threads(opts.threads)
    torch.manual_seed(opts.round)
    name = "torch_%s_%d_%s" % (os.environ.get("OPENBLAS_CORETYPE", "detected"), opts.threads, opts.update)

    def measure(bench, X_np, y_np, H, steps):
        X = torch.from_numpy(X_np).contiguous()
        y = torch.from_numpy(y_np)
        batch, eta = opts.batch, opts.eta
        nb = X.shape[0] // batch
        net = nn.Sequential(nn.Linear(X.shape[1], H), nn.Tanh(), nn.Linear(H, 10)).double()
        params = list(net.parameters())
        opt = torch.optim.SGD(params, lr=eta, foreach=True) if opts.update == "optim" else None
        state = [0]

        def call():  # `steps` SGD steps on consecutive batches
            j = state[0]
            for _ in range(steps):
                i = (j % nb) * batch
                xb, yb = X[i:i + batch], y[i:i + batch]
                if opt is not None:
                    opt.zero_grad(set_to_none=True)
                    F.cross_entropy(net(xb), yb).backward()
                    opt.step()
                else:
                    for p in params:
                        p.grad = None
                    F.cross_entropy(net(xb), yb).backward()
                    with torch.no_grad():
                        for p in params:
                            p.sub_(p.grad, alpha=eta)
                j += 1
            state[0] = j

        t = seconds_per_call(call, opts.min_time, opts.batches)
        print("result %s %s %d %.6g" % (bench, name, H, steps * batch / t), flush=True)

    if opts.digits:
        X, y = load_digits(opts.digits)
        for H in opts.hidden:
            measure("train", X, y, H, X.shape[0] // opts.batch)  # one epoch per call
    if opts.fashion_dir and opts.fashion_samples > 0:
        X, y = load_fashion(opts.fashion_dir, opts.fashion_samples)
        measure("fashion", X, y, 256, opts.fashion_steps)


def train(opts, timing):
    """Every configuration in its own process; then, per H, the fastest as torch_best."""
    configs = []
    for c in opts.coretypes:
        for t in ("1", "2") if THREADS == "2" else ("1",):
            configs.append((c, t, "manual"))
    configs.append((opts.coretypes[0], "1", "optim"))  # torch.optim.SGD instead of the update by hand
    if opts.configs:  # CORETYPE:THREADS:UPDATE,... (the harness keeps those that were near the best)
        configs = [tuple(c.split(":")) for c in opts.configs.split(",") if c]
    best = {}
    for coretype, threads, update in configs:
        args = ["--threads", threads, "--update", update, "--batch", str(opts.batch), "--eta", str(opts.eta),
                "--hidden", ",".join(map(str, opts.hidden)), "--fashion-samples", str(opts.fashion_samples),
                "--fashion-steps", str(opts.fashion_steps)] + timing
        if opts.digits:
            args += ["--digits", opts.digits]
        if opts.fashion_dir:
            args += ["--fashion-dir", opts.fashion_dir]
        code, out, err = run_child(args, "" if coretype == "detected" else coretype, "train-child", threads)
        if code != 0:
            print("error bench_reference train-child %s/%s/%s: %s" % (coretype, threads, update, failure(code, err)))
            continue
        for line in out.splitlines():
            f = line.split()
            if len(f) == 5 and f[0] == "result":
                print(line, flush=True)
                key, v = (f[1], int(f[3])), float(f[4])
                if key not in best or v > best[key][0]:
                    best[key] = (v, f[2])
    for (bench, h), (v, name) in sorted(best.items()):
        print("result %s torch_best %d %.6g" % (bench, h, v))
        print("best %s %d %s" % (bench, h, name))


def sizes(text):
    return [int(v) for v in text.split(",") if v]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--min-time", type=float, default=0.01)
    common.add_argument("--batches", type=int, default=5)
    common.add_argument("--round", type=int, default=0)
    pr = sub.add_parser("probe", parents=[common])
    pr.add_argument("--n", type=int, default=512)
    pr.add_argument("--passes", type=int, default=3)
    ru = sub.add_parser("run", parents=[common])
    ru.add_argument("--coretype", default="")
    ru.add_argument("--square", type=sizes, default=[])
    ru.add_argument("--skinny", type=sizes, default=[])
    ru.add_argument("--batch", type=int, default=32)
    ru.add_argument("--inputs", type=int, default=64)
    ch = sub.add_parser("child", parents=[common])
    ch.add_argument("--square", type=sizes, default=[])
    ch.add_argument("--skinny", type=sizes, default=[])
    ch.add_argument("--batch", type=int, default=32)
    ch.add_argument("--inputs", type=int, default=64)
    ch.add_argument("--no-torch", dest="torch", action="store_false")
    for name in ("train", "train-child"):
        tr = sub.add_parser(name, parents=[common])
        tr.add_argument("--hidden", type=sizes, default=[])
        tr.add_argument("--digits", default="")
        tr.add_argument("--fashion-dir", default="")
        tr.add_argument("--fashion-samples", type=int, default=0)
        tr.add_argument("--fashion-steps", type=int, default=100)
        tr.add_argument("--batch", type=int, default=32)
        tr.add_argument("--eta", type=float, default=0.1)
        if name == "train":
            tr.add_argument("--coretypes", type=lambda t: [c for c in t.split(",") if c], default=["detected"])
            tr.add_argument("--configs", default="")
        else:
            tr.add_argument("--threads", type=int, default=1)
            tr.add_argument("--update", choices=["manual", "optim"], default="manual")
    opts = ap.parse_args()

    timing = ["--min-time", str(opts.min_time), "--batches", str(opts.batches), "--round", str(opts.round)]
    if opts.command == "child":
        child(opts)
    elif opts.command == "train-child":
        train_child(opts)
    elif opts.command == "train":
        train(opts, timing)
    elif opts.command == "probe":
        print("info openblas_dir", openblas_dir() or "(none: apt-get install libopenblas0-pthread)")
        found = {c: [] for c in CORETYPES}
        failed = {}
        for _ in range(opts.passes):  # passes interleave the core types: drift hits all alike
            for c in CORETYPES:
                if c in failed:
                    continue
                code, out, err = run_child(["--square", str(opts.n), "--no-torch"] + timing, c)
                if code != 0:
                    failed[c] = failure(code, err)
                    continue
                for line in out.splitlines():
                    if line.startswith("result square numpy"):
                        found[c].append(float(line.split()[-1]))
                    elif line.startswith("info blas ") and c == "":
                        print(line)
        for c in CORETYPES:
            name = c or "detected"
            if c in failed:
                print("coretype %s failed: %s" % (name, failed[c]))
            else:
                v = sorted(found[c])
                print("coretype %s %.6g" % (name, v[len(v) // 2]))
    else:
        coretype = "" if opts.coretype == "detected" else opts.coretype
        args = ["--square", ",".join(map(str, opts.square)), "--skinny", ",".join(map(str, opts.skinny)),
                "--batch", str(opts.batch), "--inputs", str(opts.inputs)] + timing
        code, out, err = run_child(args, coretype)
        sys.stdout.write(out)
        if code != 0:
            print("error bench_reference child:", failure(code, err))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
