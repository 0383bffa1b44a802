#!/usr/bin/env python3
"""The numpy and PyTorch side of `make bench` (the C++ harness in tests/bench runs it).

It times the same products as the C++ side, the same way: one warm-up call, then batches of
calls lasting at least --min-time seconds each, the fastest batch; results go to stdout as
lines the harness reads:

    info KEY VALUE...             versions, the BLAS library numpy really loaded, threads
    coretype NAME GFLOPS          (probe) numpy's n×n product for one OPENBLAS_CORETYPE
    coretype NAME failed REASON   (probe) that core type cannot run here
    result BENCH SERIES X GFLOPS  (run)   BENCH: square | skinny | columns; SERIES: numpy | torch

Commands:
    probe --n 512                    every OPENBLAS_CORETYPE, each in a fresh process
    run --coretype Zen --square 256,512 --skinny 64,128 --batch 32 --inputs 64

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


def child_env(coretype):
    env = dict(os.environ)
    d = openblas_dir()
    if d:
        env["LD_LIBRARY_PATH"] = d + (":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    env.pop("OPENBLAS_CORETYPE", None)
    if coretype:
        env["OPENBLAS_CORETYPE"] = coretype
    env["OPENBLAS_NUM_THREADS"] = THREADS
    env["OMP_NUM_THREADS"] = THREADS
    return env


def run_child(args, coretype):
    """Runs this script's `child` command; returns (exit code, stdout, stderr)."""
    p = subprocess.run([sys.executable, os.path.abspath(__file__), "child"] + args,
                       env=child_env(coretype), capture_output=True, text=True)
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
    opts = ap.parse_args()

    timing = ["--min-time", str(opts.min_time), "--batches", str(opts.batches), "--round", str(opts.round)]
    if opts.command == "child":
        child(opts)
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
