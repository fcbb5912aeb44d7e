# The two commands of the README. Each installs what is missing first.
.PHONY: serve test

serve:
	bash scripts/serve.sh

test:
	bash scripts/test.sh
