#!/usr/bin/env python3
# Trains the exported TypedGraph model with PyTorch DistributedDataParallel, launched by torchrun (see README.md), or
# in one process when started with plain python3. Needs PyTorch >= 1.13 and nothing else: .npy files are read here,
# weights are read and written by model.py, TensorBoard event files are written here.
# Part of TypedGraph (MIT licence); TypedGraph writes this file next to model.py with the model's training spec.
#
# Semantics follow TypedGraph's Fit (and Keras): the losses are the model's, in the same numerically stable fused forms
# (log-softmax + NLL, BCE with logits), the total loss is the weighted sum of the output losses, logged values are
# epoch means over all samples of all processes (all-reduced), EarlyStopping / ModelCheckpoint / ReduceLROnPlateau are
# decided on rank 0 from the all-reduced validation values and broadcast, TensorBoard and the weights are written by
# rank 0 only.

import argparse
import ast
import json
import math
import os
import socket
import struct
import sys
import time

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import model as exported  # noqa: E402  (model.py beside this file)

SPEC = json.loads(r'''__TYPEDGRAPH_SPEC__''')

EPSILON = 1e-7  # Keras's fuzz factor: probabilities are clamped to [eps, 1 - eps] before logarithms.
METRIC_NAMES = {"Accuracy": "acc", "MeanAbsoluteError": "mae", "MeanSquaredError": "mse", "Precision": "precision",
                "Recall": "recall", "Auc": "auc", "TopKCategoricalAccuracy": "top_k_categorical_accuracy"}


# ---------------------------------------------------------------------------------------------------------------------
# .npy files, read without numpy (format versions 1-3, little-endian or single-byte types, C order).

_NPY_TYPES = {"f4": torch.float32, "f8": torch.float64, "f2": torch.float16, "i8": torch.int64, "i4": torch.int32,
              "i2": torch.int16, "i1": torch.int8, "u1": torch.uint8, "b1": torch.bool}


def load_npy(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:6] != b"\x93NUMPY":
        raise SystemExit(f"'{path}' is not a .npy file (it does not start with the \\x93NUMPY magic)")
    major = data[6]
    if major == 1:
        (length,), start = struct.unpack("<H", data[8:10]), 10
    elif major in (2, 3):
        (length,), start = struct.unpack("<I", data[8:12]), 12
    else:
        raise SystemExit(f"'{path}' has .npy format version {major}, which this reader does not know")
    try:
        header = ast.literal_eval(data[start:start + length].decode("latin1" if major < 3 else "utf-8"))
        descr, fortran, shape = header["descr"], header["fortran_order"], tuple(header["shape"])
    except (ValueError, SyntaxError, KeyError, TypeError) as error:
        raise SystemExit(f"'{path}' has an unreadable .npy header: {error}") from None
    if not isinstance(descr, str) or descr[1:] not in _NPY_TYPES or descr[0] not in "<|=":
        raise SystemExit(f"'{path}' holds {descr!r} values; supported: little-endian {', '.join(_NPY_TYPES)}")
    if fortran:
        raise SystemExit(f"'{path}' is stored in Fortran order; save it in C order")
    dtype = _NPY_TYPES[descr[1:]]
    count = math.prod(shape)
    size = torch.empty((), dtype=dtype).element_size()
    body = data[start + length:]
    if len(body) != count * size:
        raise SystemExit(f"'{path}' declares shape {shape} ({count * size} bytes) but holds {len(body)} bytes of data")
    if count == 0:
        return torch.empty(shape, dtype=dtype)
    if sys.byteorder == "big" and size > 1:
        raise SystemExit("reading little-endian .npy files on a big-endian machine is not supported")
    return torch.frombuffer(bytearray(body), dtype=dtype).reshape(shape).clone()


# ---------------------------------------------------------------------------------------------------------------------
# TensorBoard event files: TFRecords of Event protos (wall_time, step, summary.value{tag, simple_value}).

def _crc32c_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc32c_table()


def _masked_crc(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    crc ^= 0xFFFFFFFF
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def _varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _bytes_field(number, payload):
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


class EventWriter:
    _count = 0

    def __init__(self, directory):
        os.makedirs(directory, exist_ok=True)
        EventWriter._count += 1
        name = f"events.out.tfevents.{int(time.time())}.{socket.gethostname()}.{os.getpid()}.{EventWriter._count}.v2"
        self.path = os.path.join(directory, name)
        self.file = open(self.path, "wb")
        self._write(self._event(0, _bytes_field(3, b"brain.Event:2")))

    @staticmethod
    def _event(step, body):
        return _varint(1 << 3 | 1) + struct.pack("<d", time.time()) + _varint(2 << 3) + _varint(step) + body

    def scalar(self, tag, value, step):
        value_message = _bytes_field(1, tag.encode("utf-8")) + _varint(2 << 3 | 5) + struct.pack("<f", value)
        self._write(self._event(step, _bytes_field(5, _bytes_field(1, value_message))))

    def _write(self, data):
        length = struct.pack("<Q", len(data))
        self.file.write(length + struct.pack("<I", _masked_crc(length)) + data + struct.pack("<I", _masked_crc(data)))
        self.file.flush()

    def close(self):
        self.file.close()


# ---------------------------------------------------------------------------------------------------------------------
# Losses and metrics, as TypedGraph computes them (LossFunctions, MetricFunctions, TargetAlignment).

def activate(output, fused):
    return torch.softmax(output, -1) if fused == "Softmax" else torch.sigmoid(output) if fused == "Sigmoid" else output


def dense_target(output, target, name):
    if target.dim() == output.dim() - 1 and output.shape[-1] == 1:
        target = target.unsqueeze(-1)
    if target.shape != output.shape:
        raise SystemExit(f"target '{name}' has shape {tuple(target.shape)} but output '{name}' has {tuple(output.shape)}")
    return target.to(output.dtype)


def class_indices(output, target, name):
    if target.is_floating_point():
        raise SystemExit(f"target '{name}' of a sparse categorical loss must hold integer class indices, not {target.dtype}")
    if target.dim() == output.dim() and target.shape[-1] == 1:
        target = target.squeeze(-1)
    if target.shape != output.shape[:-1]:
        raise SystemExit(f"target '{name}' has shape {tuple(target.shape)}; expected {tuple(output.shape[:-1])}")
    return target.long()


def one_hot_target(output, target, name):
    if target.dim() == output.dim() - 1 and output.shape[-1] != 1:
        raise SystemExit(f"target '{name}' holds class indices but categorical cross-entropy needs one-hot targets "
                         f"of shape {tuple(output.shape)}; for class indices declare Loss.SparseCategoricalCrossentropy")
    return dense_target(output, target, name)


def normalized_log(p):
    return (p / p.sum(-1, keepdim=True)).clamp(EPSILON, 1 - EPSILON).log()


def compute_loss(loss, fused, output, target, name):
    if loss == "BinaryCrossentropy" and fused == "Sigmoid":
        return F.binary_cross_entropy_with_logits(output, dense_target(output, target, name))
    if loss == "CategoricalCrossentropy" and fused == "Softmax":
        return -(one_hot_target(output, target, name) * F.log_softmax(output, -1)).sum(-1).mean()
    if loss == "SparseCategoricalCrossentropy" and fused == "Softmax":
        classes = output.shape[-1]
        return F.cross_entropy(output.reshape(-1, classes), class_indices(output, target, name).reshape(-1))
    p = activate(output, fused)
    if loss == "MeanSquaredError":
        return F.mse_loss(p, dense_target(p, target, name))
    if loss == "MeanAbsoluteError":
        return F.l1_loss(p, dense_target(p, target, name))
    if loss == "Huber":
        return F.huber_loss(p, dense_target(p, target, name), delta=1.0)
    if loss == "BinaryCrossentropy":
        t = dense_target(p, target, name)
        q = p.clamp(EPSILON, 1 - EPSILON)
        return -(t * q.log() + (1 - t) * (1 - q).log()).mean()
    if loss == "CategoricalCrossentropy":
        return -(one_hot_target(p, target, name) * normalized_log(p)).sum(-1).mean()
    if loss == "SparseCategoricalCrossentropy":
        classes = p.shape[-1]
        return F.nll_loss(normalized_log(p).reshape(-1, classes), class_indices(p, target, name).reshape(-1))
    raise SystemExit(f"output '{name}' has the loss {loss}, which train.py does not know")


def _is_sparse(loss, output, target):
    return (loss == "SparseCategoricalCrossentropy" or target.dim() < output.dim()
            or (target.dim() == output.dim() and target.shape[-1] == 1))


def _true_class(loss, output, target, name):
    return class_indices(output, target, name) if _is_sparse(loss, output, target) else dense_target(output, target, name).argmax(-1)


def _positive_labels(prediction, target, loss, name):
    classes = prediction.shape[-1]
    if classes > 1 and _is_sparse(loss, prediction, target):
        return F.one_hot(class_indices(prediction, target, name), classes).ne(0)
    return dense_target(prediction, target, name).ne(0)


def _divide(a, b):
    return 0.0 if b == 0 else a / b


class Statistic:
    """One logged metric as running sums over the epoch: batch() gives this batch's sums, result() the epoch's value."""

    def __init__(self, name, width, batch, result):
        self.name, self.width, self.batch, self.result = name, width, batch, result


def _mean_statistic(name, batch_mean):
    return Statistic(name, 1, lambda o, f, t, n: (batch_mean(o, f, t).double() * n).reshape(1), lambda s, n: s[0] / n)


_AUC_THRESHOLDS = torch.tensor([-1e-7] + [i / 199 for i in range(1, 199)] + [1 + 1e-7], dtype=torch.float32)


def make_statistic(metric, key, loss, name):
    if metric == "Accuracy":
        def accuracy(output, fused, target):
            if loss == "BinaryCrossentropy" or output.shape[-1] == 1:
                predicted = output > 0 if fused == "Sigmoid" else activate(output, fused) > 0.5
                return (predicted == (dense_target(output, target, name) > 0.5)).float().mean()
            return (output.argmax(-1) == _true_class(loss, output, target, name)).float().mean()
        return _mean_statistic(key, accuracy)
    if metric in ("MeanAbsoluteError", "MeanSquaredError"):
        function = F.l1_loss if metric == "MeanAbsoluteError" else F.mse_loss
        return _mean_statistic(key, lambda o, f, t: function(activate(o, f), dense_target(activate(o, f), t, name)))
    if metric == "TopKCategoricalAccuracy":
        def top_k(output, fused, target):
            top = output.topk(min(5, output.shape[-1]), dim=-1).indices
            return top.eq(_true_class(loss, output, target, name).unsqueeze(-1)).any(-1).float().mean()
        return _mean_statistic(key, top_k)
    if metric in ("Precision", "Recall"):
        def confusion(output, fused, target, n):
            p = activate(output, fused)
            positive, label = p > 0.5, _positive_labels(p, target, loss, name)
            other = (~positive & label) if metric == "Recall" else (positive & ~label)
            return torch.stack([(positive & label).sum(), other.sum()]).double()
        return Statistic(key, 2, confusion, lambda s, n: _divide(s[0], s[0] + s[1]))
    if metric == "Auc":
        def counts(output, fused, target, n):
            p = activate(output, fused)
            label = _positive_labels(p, target, loss, name).reshape(-1, 1)
            positive = p.reshape(-1, 1).float() > _AUC_THRESHOLDS.to(p.device).unsqueeze(0)
            return torch.cat([(positive & label).sum(0), (positive & ~label).sum(0), (~positive & ~label).sum(0),
                              (~positive & label).sum(0)]).double()

        def area(s, n):
            tp, fp, tn, fn = (s[i * 200:(i + 1) * 200] for i in range(4))
            total = 0.0
            for i in range(199):
                fpr0, fpr1 = _divide(fp[i], fp[i] + tn[i]), _divide(fp[i + 1], fp[i + 1] + tn[i + 1])
                tpr0, tpr1 = _divide(tp[i], tp[i] + fn[i]), _divide(tp[i + 1], tp[i + 1] + fn[i + 1])
                total += (fpr0 - fpr1) * (tpr0 + tpr1) / 2
            return total
        return Statistic(key, 800, counts, area)
    raise SystemExit(f"output '{name}' lists the metric {metric}, which train.py does not know")


class Objective:
    """The total loss (weighted sum of the output losses) and every logged value as running sums, with Keras's names."""

    def __init__(self, outputs, weights):
        self.heads = [o for o in outputs if o["loss"] != "None"]
        if not self.heads:
            raise SystemExit("the model cannot be trained: none of its outputs has a loss")
        self.weights = weights
        single = len(self.heads) == 1
        self.names = ["loss"] + ([] if single else [h["log_name"] + "_loss" for h in self.heads])
        self.loss_count = len(self.names)
        self.statistics = []
        for head in self.heads:
            prefix = "" if single else head["log_name"] + "_"
            for metric in head["metrics"]:
                statistic = make_statistic(metric, prefix + METRIC_NAMES[metric], head["loss"], head["name"])
                self.statistics.append((head, statistic))
                self.names.append(statistic.name)
        self.width = self.loss_count + sum(s.width for _, s in self.statistics)

    def compute(self, outputs, targets, samples):
        total, losses = None, []
        for i, (head, weight) in enumerate(zip(self.heads, self.weights)):
            loss = compute_loss(head["loss"], head["fused"], outputs[head["index"]], targets[i], head["name"])
            total = loss * weight if total is None else total + loss * weight
            losses.append(loss)
        pieces = [total.detach().double().reshape(1) * samples]
        if len(self.heads) > 1:
            pieces += [loss.detach().double().reshape(1) * samples for loss in losses]
        with torch.no_grad():
            for head, statistic in self.statistics:
                target = targets[self.heads.index(head)]
                pieces.append(statistic.batch(outputs[head["index"]], head["fused"], target, samples).reshape(-1))
        return total, torch.cat([p.to(pieces[0].device) for p in pieces])

    def summarize(self, sums, samples, prefix, logs):
        sums = sums.tolist()
        for i in range(self.loss_count):
            logs[prefix + self.names[i]] = sums[i] / samples
        offset = self.loss_count
        for _, statistic in self.statistics:
            logs[prefix + statistic.name] = statistic.result(sums[offset:offset + statistic.width], samples)
            offset += statistic.width


# ---------------------------------------------------------------------------------------------------------------------
# Callbacks (Keras semantics, as TypedGraph's): decided on rank 0 only.

def normalize(name):
    """Keras's alias: accuracy -> acc (also val_accuracy, out_accuracy)."""
    if (name == "accuracy" or name.endswith("_accuracy")) and not name.endswith("top_k_categorical_accuracy"):
        return name[:-len("accuracy")] + "acc"
    return name


class Monitor:
    def __init__(self, name, mode, names):
        self.name = normalize(name)
        if self.name not in names:
            raise SystemExit(f"the monitor '{name}' is never logged; available: {', '.join(names)}")
        higher = "acc" in self.name or self.name.endswith(("precision", "recall", "auc"))
        self.minimize = mode == "min" or (mode == "auto" and not higher)
        self.worst = math.inf if self.minimize else -math.inf

    def improved(self, current, reference, delta):
        return current + delta < reference if self.minimize else current - delta > reference


class EarlyStopping:
    def __init__(self, monitor, patience, min_delta, baseline, restore_best_weights):
        self.monitor, self.patience, self.min_delta = monitor, patience, abs(min_delta)
        self.baseline, self.restore = baseline, restore_best_weights
        self.best, self.wait, self.best_weights, self.best_epoch, self.stopped_epoch = monitor.worst, 0, None, 0, 0

    def epoch_end(self, epoch, logs, module):
        current = logs.get(self.monitor.name)
        if current is None:
            return False
        if self.restore and self.best_weights is None:
            self.best_weights, self.best_epoch = _copy_state(module), epoch
        self.wait += 1
        if self.monitor.improved(current, self.best, self.min_delta):
            self.best, self.best_epoch = current, epoch
            if self.restore:
                self.best_weights = _copy_state(module)
            if self.baseline is None or self.monitor.improved(current, self.baseline, self.min_delta):
                self.wait = 0
            return False
        if self.wait >= self.patience and epoch > 0:
            self.stopped_epoch = epoch
            return True
        return False


class ReduceLROnPlateau:
    def __init__(self, monitor, factor, patience, min_delta, cooldown, min_lr):
        if not 0 < factor < 1:
            raise SystemExit("--reduce-lr-factor must be in (0, 1): the learning rate must go down")
        self.monitor, self.factor, self.patience, self.min_delta = monitor, factor, patience, min_delta
        self.cooldown, self.min_lr = cooldown, min_lr
        self.best, self.wait, self.cooldown_counter = monitor.worst, 0, 0

    def epoch_end(self, epoch, logs, lr):
        current = logs.get(self.monitor.name)
        if current is None:
            return lr
        if self.cooldown_counter > 0:
            self.cooldown_counter -= 1
            self.wait = 0
        if self.monitor.improved(current, self.best, self.min_delta):
            self.best, self.wait = current, 0
        elif self.cooldown_counter <= 0:
            self.wait += 1
            if self.wait >= self.patience and lr > self.min_lr:
                reduced = max(lr * self.factor, self.min_lr)
                print(f"Epoch {epoch + 1}: ReduceLROnPlateau reducing learning rate to {reduced}.", flush=True)
                self.cooldown_counter, self.wait = self.cooldown, 0
                return reduced if reduced > 0 else lr
        return lr


class ModelCheckpoint:
    def __init__(self, path, monitor, save_best_only):
        self.path, self.monitor, self.save_best_only = path, monitor, save_best_only
        self.best = monitor.worst if monitor else None

    def epoch_end(self, epoch, logs, module):
        path = self.path.format(epoch=epoch + 1, **logs)
        if self.save_best_only:
            current = logs.get(self.monitor.name)
            if current is None or not self.monitor.improved(current, self.best, 0):
                return
            self.best = current
        exported.save_weights(module, path)


def _copy_state(module):
    return {k: v.detach().clone() for k, v in module.state_dict().items()}


# ---------------------------------------------------------------------------------------------------------------------

def parse_arguments():
    p = argparse.ArgumentParser(description=f"Trains the exported TypedGraph model {SPEC['model']} (see README.md).")
    inputs = ", ".join(i["name"] for i in SPEC["inputs"])
    targets = ", ".join(o["name"] for o in SPEC["outputs"] if o["loss"] != "None")
    p.add_argument("--inputs", nargs="+", required=True, metavar="NPY", help=f".npy files of the inputs, in order: {inputs}")
    p.add_argument("--targets", nargs="+", required=True, metavar="NPY", help=f".npy files of the targets, in order: {targets}")
    p.add_argument("--val-inputs", nargs="+", metavar="NPY", help="validation inputs (.npy), in the order of --inputs")
    p.add_argument("--val-targets", nargs="+", metavar="NPY", help="validation targets (.npy), in the order of --targets")
    p.add_argument("--validation-split", type=float, default=0.0, help="validate on this last fraction of the data (unshuffled, as Keras)")
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=32, help="per process (the global batch is this times the process count)")
    p.add_argument("--optimizer", choices=["rmsprop", "adam", "sgd"], default="rmsprop")
    p.add_argument("--lr", type=float, default=None, help="learning rate (default 1e-3; 1e-2 for sgd)")
    p.add_argument("--loss-weights", nargs="+", type=float, help="one per output with a loss (default: the declared LossWeight)")
    p.add_argument("--weights", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "weights.safetensors"),
                   help="initial weights (default: the exported weights.safetensors; 'none' keeps PyTorch's initialisation)")
    p.add_argument("--output", default="weights.safetensors", help="where rank 0 writes the final weights")
    p.add_argument("--history", default=None, help="where rank 0 writes the logged values per epoch (JSON)")
    p.add_argument("--no-shuffle", action="store_true")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--early-stopping", metavar="MONITOR", help="stop when MONITOR stops improving (e.g. val_loss)")
    p.add_argument("--patience", type=int, default=0)
    p.add_argument("--min-delta", type=float, default=0.0)
    p.add_argument("--baseline", type=float, default=None)
    p.add_argument("--restore-best-weights", action="store_true")
    p.add_argument("--checkpoint", metavar="PATH", help="save weights (.safetensors) after each epoch; {epoch} and log names format the path")
    p.add_argument("--checkpoint-monitor", default="val_loss")
    p.add_argument("--save-best-only", action="store_true")
    p.add_argument("--reduce-lr", metavar="MONITOR", help="reduce the learning rate when MONITOR plateaus (e.g. val_loss)")
    p.add_argument("--reduce-lr-factor", type=float, default=0.1)
    p.add_argument("--reduce-lr-patience", type=int, default=10)
    p.add_argument("--reduce-lr-min-delta", type=float, default=1e-4)
    p.add_argument("--reduce-lr-cooldown", type=int, default=0)
    p.add_argument("--min-lr", type=float, default=0.0)
    p.add_argument("--mode", choices=["auto", "min", "max"], default="auto", help="direction of every monitor (auto: from its name)")
    p.add_argument("--tensorboard", metavar="DIR", help="write TensorBoard scalars (train/ and validation/ event files) under DIR")
    return p.parse_args()


def read_arrays(paths, expected, what):
    if len(paths) != len(expected):
        raise SystemExit(f"{what}: expected {len(expected)} .npy file(s) ({', '.join(expected)}), got {len(paths)}")
    arrays = [load_npy(path) for path in paths]
    for path, array in zip(paths, arrays):
        if array.dim() == 0 or array.shape[0] != arrays[0].shape[0]:
            raise SystemExit(f"{what}: '{path}' has shape {tuple(array.shape)}; every array needs the same first (sample) dimension as '{paths[0]}'")
    return arrays


def prepare_input(array, spec):
    return array.float() if spec["dtype"] == "Float32" and array.is_floating_point() else array


def main():
    args = parse_arguments()
    distributed = "WORLD_SIZE" in os.environ
    cuda = torch.cuda.is_available()
    if distributed:
        dist.init_process_group(backend="nccl" if cuda else "gloo")
        rank, world = dist.get_rank(), dist.get_world_size()
    else:
        rank, world = 0, 1
    local_rank = int(os.environ.get("LOCAL_RANK", 0))
    device = torch.device("cuda", local_rank) if cuda else torch.device("cpu")
    if cuda:
        torch.cuda.set_device(device)
    torch.manual_seed(args.seed)

    heads = [o for o in SPEC["outputs"] if o["loss"] != "None"]
    weights = args.loss_weights or [o["loss_weight"] for o in heads]
    if len(weights) != len(heads):
        raise SystemExit(f"--loss-weights needs {len(heads)} value(s), one per output with a loss")
    objective = Objective(SPEC["outputs"], weights)
    input_names = [i["name"] for i in SPEC["inputs"]]
    target_names = [o["name"] for o in heads]
    x = [prepare_input(a, s) for a, s in zip(read_arrays(args.inputs, input_names, "--inputs"), SPEC["inputs"])]
    y = read_arrays(args.targets, target_names, "--targets")
    if x[0].shape[0] != y[0].shape[0]:
        raise SystemExit(f"the inputs hold {x[0].shape[0]} samples but the targets {y[0].shape[0]}")
    if args.val_inputs or args.val_targets:
        vx = [prepare_input(a, s) for a, s in zip(read_arrays(args.val_inputs or [], input_names, "--val-inputs"), SPEC["inputs"])]
        vy = read_arrays(args.val_targets or [], target_names, "--val-targets")
    elif args.validation_split > 0:
        keep = int(x[0].shape[0] * (1 - args.validation_split))
        vx, vy = [a[keep:] for a in x], [a[keep:] for a in y]
        x, y = [a[:keep] for a in x], [a[:keep] for a in y]
    else:
        vx = vy = None

    module = getattr(exported, SPEC["model"])()
    if args.weights.lower() != "none":
        exported.load_weights(module, args.weights)
    module.to(device)
    unused = any(o["loss"] == "None" for o in SPEC["outputs"])
    network = DistributedDataParallel(module, device_ids=[local_rank] if cuda else None, find_unused_parameters=unused) if distributed else module
    trainable = [p for p in module.parameters() if p.requires_grad]
    lr = args.lr if args.lr is not None else (1e-2 if args.optimizer == "sgd" else 1e-3)
    optimizer = {"rmsprop": lambda: torch.optim.RMSprop(trainable, lr=lr, alpha=0.9, eps=1e-7),
                 "adam": lambda: torch.optim.Adam(trainable, lr=lr, betas=(0.9, 0.999), eps=1e-7),
                 "sgd": lambda: torch.optim.SGD(trainable, lr=lr)}[args.optimizer]()

    data = TensorDataset(*x, *y)
    sampler = DistributedSampler(data, num_replicas=world, rank=rank, shuffle=not args.no_shuffle, seed=args.seed)
    print(f"rank {rank}/{world} ({dist.get_backend() if distributed else 'single process'}, {device}): "
          f"{len(sampler)} of {len(data)} training samples per epoch", flush=True)
    loader = DataLoader(data, batch_size=args.batch_size, sampler=sampler)
    names = objective.names + (["val_" + n for n in objective.names] if vx is not None else []) + ["lr"]
    early = reduce_lr = checkpoint = None
    if args.early_stopping:
        early = EarlyStopping(Monitor(args.early_stopping, args.mode, names), args.patience, args.min_delta, args.baseline, args.restore_best_weights)
    if args.reduce_lr:
        reduce_lr = ReduceLROnPlateau(Monitor(args.reduce_lr, args.mode, names), args.reduce_lr_factor, args.reduce_lr_patience,
                                     args.reduce_lr_min_delta, args.reduce_lr_cooldown, args.min_lr)
    if args.checkpoint:
        checkpoint = ModelCheckpoint(args.checkpoint, Monitor(args.checkpoint_monitor, args.mode, names) if args.save_best_only else None, args.save_best_only)
    writers = None
    if args.tensorboard and rank == 0:
        writers = (EventWriter(os.path.join(args.tensorboard, "train")),
                   EventWriter(os.path.join(args.tensorboard, "validation")) if vx is not None else None)

    history = {}
    for epoch in range(args.epochs):
        started = time.time()
        sampler.set_epoch(epoch)
        network.train()
        sums = torch.zeros(objective.width, dtype=torch.float64, device=device)
        samples = torch.zeros(1, dtype=torch.float64, device=device)
        for batch in loader:
            batch = [t.to(device) for t in batch]
            inputs, targets = batch[:len(x)], batch[len(x):]
            outputs = network(*inputs, logits=True)
            outputs = outputs if isinstance(outputs, tuple) else (outputs,)
            total, statistics = objective.compute(outputs, targets, inputs[0].shape[0])
            optimizer.zero_grad()
            total.backward()
            optimizer.step()
            sums += statistics
            samples += inputs[0].shape[0]
        logs = {}
        reduce_and_summarize(objective, sums, samples, "", logs, distributed)
        if vx is not None:
            evaluate(module, objective, vx, vy, rank, world, args.batch_size, device, logs, distributed)
        logs["lr"] = optimizer.param_groups[0]["lr"]
        decision = torch.tensor([0.0, logs["lr"]], dtype=torch.float64, device=device)
        if rank == 0:
            for name in names:
                history.setdefault(name, []).append(logs[name])
            print(f"Epoch {epoch + 1}/{args.epochs} - {time.time() - started:.1f}s - "
                  + " - ".join(f"{k}: {v:.4g}" for k, v in logs.items()), flush=True)
            if writers:
                for name, value in logs.items():
                    if name == "lr":
                        writers[0].scalar("epoch_learning_rate", value, epoch)
                    elif name.startswith("val_"):
                        writers[1].scalar("epoch_" + name[4:], value, epoch)
                    else:
                        writers[0].scalar("epoch_" + name, value, epoch)
            if checkpoint:
                checkpoint.epoch_end(epoch, logs, module)
            if early and early.epoch_end(epoch, logs, module):
                decision[0] = 1.0
            if reduce_lr:
                decision[1] = reduce_lr.epoch_end(epoch, logs, logs["lr"])
        if distributed:
            dist.broadcast(decision, src=0)
        for group in optimizer.param_groups:
            group["lr"] = float(decision[1])
        if decision[0] > 0:
            break

    if rank == 0:
        if early and early.stopped_epoch > 0:
            print(f"Epoch {early.stopped_epoch + 1}: early stopping", flush=True)
        if early and early.best_weights is not None:
            print(f"Restoring model weights from the end of the best epoch: {early.best_epoch + 1}.", flush=True)
            module.load_state_dict(early.best_weights)
        exported.save_weights(module, args.output)
        if args.history:
            with open(args.history, "w") as f:
                json.dump(history, f, indent=1)
        if writers:
            for writer in writers:
                if writer:
                    writer.close()
        print(f"Saved the final weights to {args.output}", flush=True)
    if distributed:
        dist.barrier()
        dist.destroy_process_group()


def reduce_and_summarize(objective, sums, samples, prefix, logs, distributed):
    if distributed:
        dist.all_reduce(sums)
        dist.all_reduce(samples)
    objective.summarize(sums.cpu(), samples.item(), prefix, logs)


def evaluate(module, objective, vx, vy, rank, world, batch_size, device, logs, distributed):
    """Each process evaluates every world-th validation sample (no padding), so the all-reduced values are exact."""
    was_training = module.training
    module.eval()
    sums = torch.zeros(objective.width, dtype=torch.float64, device=device)
    samples = torch.zeros(1, dtype=torch.float64, device=device)
    indices = torch.arange(rank, vx[0].shape[0], world)
    with torch.no_grad():
        for start in range(0, len(indices), batch_size):
            chosen = indices[start:start + batch_size]
            inputs = [a[chosen].to(device) for a in vx]
            targets = [a[chosen].to(device) for a in vy]
            outputs = module(*inputs, logits=True)
            outputs = outputs if isinstance(outputs, tuple) else (outputs,)
            _, statistics = objective.compute(outputs, targets, len(chosen))
            sums += statistics
            samples += len(chosen)
    module.train(was_training)
    reduce_and_summarize(objective, sums, samples, "val_", logs, distributed)


if __name__ == "__main__":
    main()
