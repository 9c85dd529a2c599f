"""The benchmark runner: every figure beside a floor measured in the same run."""
