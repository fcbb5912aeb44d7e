# The two commands of the README, and the benchmark. Each installs what is missing first.
.PHONY: serve test bench

serve:
	bash scripts/serve.sh

test:
	bash scripts/test.sh

bench:
	bash scripts/bench.sh
