# PostgreSQL for the needs_postgres tests (issue 4): installed and started by `make test`.
# Override the port with `make test PG_PORT=5544`; the URL is written to .pg/url.
PG_PORT ?= 5433

.PHONY: postgres-up postgres-down

postgres-up:
	PG_PORT=$(PG_PORT) sh mk/postgres.sh

PG_BIN = $(lastword $(sort $(wildcard /usr/lib/postgresql/*/bin)))

postgres-down:
	-if [ -f .pg/data/PG_VERSION ]; then \
		if [ "$$(id -u)" = 0 ]; then runuser -u postgres -- $(PG_BIN)/pg_ctl -D .pg/data -m fast stop; \
		else $(PG_BIN)/pg_ctl -D .pg/data -m fast stop; fi; \
	fi

TEST_DEPS += postgres-up
