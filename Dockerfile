# The rollup binary: one image for every service (sequencer, batcher,
# challenger, deploy) and the user commands. docker-compose.yml runs it.
#
#   docker build -t rollup:dev .
#   docker run --rm rollup:dev --help
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# cgo stays on: go-ethereum's libsecp256k1 recovers signatures about 4x faster.
RUN go build -trimpath -ldflags="-s -w" -o /out/rollup ./cmd/rollup

FROM debian:bookworm-slim
# curl serves the health checks of docker-compose.yml.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --uid 10001 rollup \
 && mkdir -p /deployments && chown rollup /deployments
COPY --from=build /out/rollup /usr/local/bin/rollup
USER rollup
WORKDIR /home/rollup
ENTRYPOINT ["rollup"]
CMD ["--help"]
