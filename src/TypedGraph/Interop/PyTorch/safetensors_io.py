# Safetensors reading and writing for PyTorch >= 1.13 with nothing else installed (no `safetensors` package needed).
# Part of TypedGraph (MIT licence); TypedGraph embeds this file in the Python it exports.
#
# The format (huggingface/safetensors): an 8-byte little-endian header length N, N bytes of UTF-8 JSON
# {name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}} padded with spaces to a multiple
# of 8, then the raw little-endian C-order data of every tensor, back to back. Files are written exactly as the
# reference writes them (tensors by decreasing alignment, then name; compact JSON, "__metadata__" first), so TypedGraph,
# `safetensors` and this module produce the same bytes for the same tensors.

import json
import os
import struct
import sys
import tempfile

import torch

__all__ = ["save_file", "load_file", "save_weights", "load_weights"]

_MAX_HEADER = 100_000_000

# name: (torch dtype, bytes per element, rank in the reference's Dtype enum, which orders the data of a file)
_DTYPES = {
    "BOOL": (torch.bool, 1, 0),
    "U8": (torch.uint8, 1, 4),
    "I8": (torch.int8, 1, 5),
    "I16": (torch.int16, 2, 11),
    "F16": (torch.float16, 2, 13),
    "BF16": (torch.bfloat16, 2, 14),
    "I32": (torch.int32, 4, 15),
    "F32": (torch.float32, 4, 17),
    "C64": (torch.complex64, 8, 18),
    "F64": (torch.float64, 8, 19),
    "I64": (torch.int64, 8, 20),
}
_NAMES = {torch_dtype: name for name, (torch_dtype, _, _) in _DTYPES.items()}
# Same-size integer views for the types numpy has no counterpart of.
_VIEWS = {torch.bfloat16: torch.int16, torch.float16: torch.int16, torch.complex64: torch.int64}


def _to_bytes(tensor):
    t = tensor.detach().cpu().contiguous().reshape(-1)
    if t.dtype in _VIEWS:
        t = t.view(_VIEWS[t.dtype])
    array = t.numpy()
    if sys.byteorder == "big":
        array = array.byteswap()
    return array.tobytes()


def save_file(tensors, path, metadata=None):
    """Writes a dict name -> tensor (any device) to `path` atomically (a temp file in the same directory, then a rename)."""
    entries = []
    for name, tensor in tensors.items():
        if name == "__metadata__":
            raise ValueError("'__metadata__' is reserved for the header's metadata and cannot name a tensor")
        if tensor.dtype not in _NAMES:
            raise ValueError(f"tensor '{name}' has dtype {tensor.dtype}, which the safetensors format lacks")
        entries.append((name, tensor))
    entries.sort(key=lambda e: (-_DTYPES[_NAMES[e[1].dtype]][2], e[0].encode("utf-8")))
    header, chunks, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in sorted(metadata.items())}
    for name, tensor in entries:
        data = _to_bytes(tensor)
        header[name] = {"dtype": _NAMES[tensor.dtype], "shape": list(tensor.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    text += b" " * (-len(text) % 8)
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(struct.pack("<Q", len(text)))
            f.write(text)
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.remove(temp)
        raise


def _corrupt(path, detail):
    return ValueError(f"'{path}' is not a valid safetensors file: {detail}")


def _counts(path, name, info, field, count=None):
    values = info.get(field)
    if (not isinstance(values, list) or (count is not None and len(values) != count)
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)):
        raise _corrupt(path, f"tensor '{name}' has {field} {values!r}, not a list of non-negative integers")
    return values


def load_file(path):
    """Reads every tensor of a safetensors file into CPU tensors, after checking the header as the reference does."""
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        if size < 8:
            raise _corrupt(path, f"it is {size} bytes long, too short for the 8-byte header length")
        (n,) = struct.unpack("<Q", f.read(8))
        if n > _MAX_HEADER:
            raise _corrupt(path, f"its first 8 bytes give a header length of {n} bytes, more than the format's limit")
        if n > size - 8:
            raise _corrupt(path, f"its header length is {n} bytes but only {size - 8} bytes follow (truncated?)")
        try:
            header = json.loads(f.read(n).decode("utf-8"), object_pairs_hook=_unique)
        except (UnicodeDecodeError, ValueError) as error:
            raise _corrupt(path, f"its header is not valid JSON: {error}") from None
        if not isinstance(header, dict):
            raise _corrupt(path, "its header is not a JSON object")
        header.pop("__metadata__", None)
        entries = []
        for name, info in header.items():
            if not isinstance(info, dict) or info.get("dtype") not in _DTYPES:
                raise _corrupt(path, f"tensor '{name}' has no dtype this reader knows ({', '.join(_DTYPES)})")
            shape = _counts(path, name, info, "shape")
            begin, end = _counts(path, name, info, "data_offsets", 2)
            entries.append((begin, end, name, info["dtype"], shape))
        entries.sort()
        expected = 0
        for begin, end, name, dtype, shape in entries:
            if begin != expected or end < begin:
                raise _corrupt(path, f"the data_offsets [{begin}, {end}) of tensor '{name}' overlap another tensor or leave a gap")
            elements = 1
            for d in shape:
                elements *= d
            if end - begin != elements * _DTYPES[dtype][1]:
                raise _corrupt(path, f"tensor '{name}' is {dtype} {tuple(shape)} but its data_offsets span {end - begin} bytes")
            expected = end
        if 8 + n + expected != size:
            raise _corrupt(path, f"its header describes {expected} bytes of tensor data but {size - 8 - n} follow the header")
        tensors = {}
        for begin, end, name, dtype, shape in entries:
            torch_dtype = _DTYPES[dtype][0]
            if end == begin:
                tensors[name] = torch.empty(shape, dtype=torch_dtype)
                continue
            f.seek(8 + n + begin)
            data = bytearray(f.read(end - begin))
            view = _VIEWS.get(torch_dtype, torch_dtype)
            t = torch.frombuffer(data, dtype=view)
            if sys.byteorder == "big":
                t = torch.from_numpy(t.numpy().byteswap())
            t = t.view(torch_dtype) if view is not torch_dtype else t
            if torch_dtype is torch.bool and bool((torch.frombuffer(data, dtype=torch.uint8) > 1).any()):
                raise _corrupt(path, f"BOOL tensor '{name}' holds bytes other than 0 and 1")
            tensors[name] = t.reshape(shape).clone()
        return tensors


def _unique(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the header names '{key}' twice")
        result[key] = value
    return result


def save_weights(model, path):
    """Writes `model.state_dict()` (parameters and buffers) as TypedGraph's `SaveSafetensors` does."""
    save_file(model.state_dict(), path, {"format": "pt"})


def load_weights(model, path, strict=True):
    """Loads a safetensors file (from TypedGraph's `SaveSafetensors`, `save_weights` …) into `model`."""
    return model.load_state_dict(load_file(path), strict=strict)
