# Edgeplay — see README.md. `make run` and `make test` are the two commands.
SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin:$(HOME)/go/bin
GO ?= go
BIN := bin
ADDR ?= 127.0.0.1:54321

.PHONY: run test build cli vet gofmt-check compat bench bench-ws bench-zip reliability clean

run: cli ## build and serve the samples on the local gateway
	@echo "Serving samples/ — try: curl http://$(ADDR)/functions/v1/hello?name=you"
	$(BIN)/edgeplay serve --functions samples --addr $(ADDR) --no-verify-jwt --events text \
		--env-file samples/.env --map-host api.openai.com=mock:openai-realtime

cli: ## the headless CLI
	@command -v $(GO) >/dev/null || { echo "Go is required: https://go.dev/dl (Go 1.26+)"; exit 1; }
	$(GO) build -o $(BIN)/edgeplay ./cmd/edgeplay

build: cli

test: gofmt-check vet ## everything CI checks
	$(GO) test -count=1 ./...
	./scripts/compat.sh

vet:
	$(GO) vet ./...

gofmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

compat: ## run engine/testdata cases on real Deno and on Edgeplay, side by side
	./scripts/compat.sh

bench: cli bench-ws bench-zip ## benchmarks against their peers (see bench/README.md)
	./bench/run.sh

bench-ws: ## the seed relay against a direct Go relay, without and with recording
	$(GO) run ./bench/wsrelay -rounds 5
	$(GO) run ./bench/wsrelay -rounds 5 -record

DENO := $(CURDIR)/.tools/deno-2.9.6/node_modules/.bin/deno
$(DENO):
	mkdir -p .tools/deno-2.9.6 && cd .tools/deno-2.9.6 && npm install --silent --no-audit --no-fund deno@2.9.6

ZIP_SIZE ?= 100MB
ZIP_FILES ?= 1000
bench-zip: $(DENO) ## seed examples 1 and 2 against unzip and real Deno (ZIP_SIZE, ZIP_FILES)
	command -v unzip >/dev/null || apt-get install -y -qq unzip
	EDGEPLAY_DENO=$(DENO) $(GO) run ./bench/zipbench -example zip-stream -size $(ZIP_SIZE) -files $(ZIP_FILES)
	EDGEPLAY_DENO=$(DENO) $(GO) run ./bench/zipbench -example zip-background -size $(ZIP_SIZE) -files $(ZIP_FILES)

reliability: ## repeat the CPU and memory kills 100 times each
	EDGEPLAY_RELIABILITY=100 $(GO) test -count=1 -timeout 900s -v -run TestLimitReliability ./engine/

clean:
	rm -rf $(BIN) bench/out
