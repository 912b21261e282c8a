# `sam build` targets (BuildMethod: makefile in template.yaml). SAM sets ARTIFACTS_DIR.
# The layer holds shared/ and the third-party packages; each function holds only its group.
#   sam build                      # or: make build-SharedLayer ARTIFACTS_DIR=/tmp/layer
PYTHON ?= python3
# Wheels for the Lambda runtime (Linux x86_64, CPython 3.12), whatever machine builds.
PIP_INSTALL ?= $(PYTHON) -m pip install --quiet --no-compile --only-binary=:all: \
	--platform manylinux2014_x86_64 --implementation cp --python-version 3.12
# Pure-Python, source-only packages (no platform to pin).
PIP_INSTALL_SOURCE ?= $(PYTHON) -m pip install --quiet --no-compile --no-deps

.PHONY: build-SharedLayer build-HealthFunction build-HealthCheckFunction build-AuthFunction \
	build-DatasetsFunction build-ChatFunction build-AuditFunction build-BackupFunction build-CleanupFunction

build-SharedLayer:
	mkdir -p "$(ARTIFACTS_DIR)/python"
	$(PYTHON) infra/sam/lambda_requirements.py . > "$(ARTIFACTS_DIR)/requirements.txt"
	$(PIP_INSTALL) --target "$(ARTIFACTS_DIR)/python" -r "$(ARTIFACTS_DIR)/requirements.txt"
	$(PYTHON) infra/sam/lambda_requirements.py . --source-only > "$(ARTIFACTS_DIR)/requirements.txt"
	$(PIP_INSTALL_SOURCE) --target "$(ARTIFACTS_DIR)/python" -r "$(ARTIFACTS_DIR)/requirements.txt"
	rm -f "$(ARTIFACTS_DIR)/requirements.txt"
	cp -R shared "$(ARTIFACTS_DIR)/python/shared"
	find "$(ARTIFACTS_DIR)/python" -name __pycache__ -type d -prune -exec rm -rf {} +

# $(call function_group,GROUP): the functions package with one route group in it.
define function_group
	mkdir -p "$(ARTIFACTS_DIR)/functions"
	cp functions/__init__.py "$(ARTIFACTS_DIR)/functions/"
	cp -R functions/$(1) "$(ARTIFACTS_DIR)/functions/$(1)"
	find "$(ARTIFACTS_DIR)" -name __pycache__ -type d -prune -exec rm -rf {} +
endef

build-HealthFunction build-HealthCheckFunction:
	$(call function_group,health)

build-AuthFunction:
	$(call function_group,auth)

build-DatasetsFunction:
	$(call function_group,datasets)

build-ChatFunction:
	$(call function_group,chat)

build-AuditFunction:
	$(call function_group,audit)

build-BackupFunction:
	$(call function_group,backup)

build-CleanupFunction:
	$(call function_group,cleanup)
