# The whomet app: builds the client, then ingests the demo corpus into NEO4J_URI and serves on 3000.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["sh", "-c", "npm run ingest -- load --curated data/curated.yaml data/articles && npm run serve"]
