# Headless Chromium for the dashboard's browser tests (tests marked needs_browser).
# Debian's chromium + chromium-driver, and Playwright for Python driving that binary
# (never `playwright install`: nothing is downloaded besides Debian and PyPI packages).
.PHONY: browser-up

browser-up: setup
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "installing chromium (Debian packages)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi
	@$(PY) -c "import playwright" 2>/dev/null || $(PY) -m pip install --quiet 'playwright>=1.45,<2'
	@mkdir -p test-output

TEST_DEPS += browser-up
