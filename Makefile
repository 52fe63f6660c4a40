# The README's two commands are `make demo` and `make test`; each installs what is
# missing (Scripts/setup.sh), then builds.
SWIFT ?= swift
OUT ?= out
export SOURCE_DATE_EPOCH ?= 1767225600

.PHONY: setup build release demo test lint format bench clean

setup:
	@Scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product vita

demo: release
	@mkdir -p $(OUT)
	@for profile in Examples/*.txt; do \
	  stem=$$(basename "$$profile" .txt); \
	  .build/release/vita render "$$profile" -o $(OUT)/$$stem.pdf && \
	  .build/release/vita render "$$profile" --format png -o $(OUT)/$$stem.png && \
	  echo "demo: $(OUT)/$$stem.pdf and $(OUT)/$$stem-*.png"; \
	done
	@.build/release/vita render Examples/profile.yaml --layout modern -o $(OUT)/profile-modern.pdf
	@.build/release/vita batch Examples/group.yaml -o $(OUT)/group --quiet
	@echo "demo: $(OUT)/profile-modern.pdf, and CVs and group-report.pdf in $(OUT)/group/"

lint: setup
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Benchmarks

test: lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: release
	$(SWIFT) build -c release --product vita-bench
	Benchmarks/run.sh

clean:
	rm -rf .build $(OUT)
