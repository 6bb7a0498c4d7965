# TypedGraph's layers and helpers that PyTorch lacks, twins of the C# runtime's (TypedGraph.Layers): the same
# parameter names, shapes and arithmetic, so an exported model computes what the TorchSharp model computes.
# Part of TypedGraph (MIT licence); TypedGraph embeds this file in the model.py it exports.

import math

import torch
from torch import nn
import torch.nn.functional as F


def tg_same_pad(x, kernel, stride, dilation=1, value=0.0):
    """Keras's padding="same" over the last len(kernel) axes: ceil(size / stride) outputs, the extra element after."""
    pads = []
    for axis, k in zip(range(-1, -len(kernel) - 1, -1), reversed(kernel)):
        size = x.shape[axis]
        output = (size + stride - 1) // stride
        total = max((output - 1) * stride + (k - 1) * dilation + 1 - size, 0)
        pads += [total // 2, total - total // 2]
    return F.pad(x, pads, value=value) if any(pads) else x


def tg_pool_same(kind, x, window, stride):
    """Max or average pooling with Keras's "same" padding: max ignores the padding (-inf), average counts real elements only."""
    pool = {("max", 1): F.max_pool1d, ("max", 2): F.max_pool2d, ("avg", 1): F.avg_pool1d, ("avg", 2): F.avg_pool2d}[(kind, len(window))]
    size = window[0] if len(window) == 1 else tuple(window)
    if kind == "max":
        return pool(tg_same_pad(x, window, stride, value=-math.inf), size, stride)
    sums = pool(tg_same_pad(x, window, stride), size, stride)
    counts = pool(tg_same_pad(torch.ones_like(x.narrow(1, 0, 1)), window, stride), size, stride)
    return sums / counts


def tg_freeze_batchnorm(module):
    """Puts every batch normalization inside a frozen layer in inference mode."""
    for m in module.modules():
        if isinstance(m, (nn.modules.batchnorm._BatchNorm, BatchNorm)):
            m.eval()


class SeparableConv2d(nn.Module):
    """Keras's SeparableConv2D: a depthwise convolution (no bias) then a 1x1 pointwise one (TypedGraph.Layers.SeparableConv2d)."""

    def __init__(self, in_channels, filters, kernel_size, stride=1, padding=0, dilation=1, depth_multiplier=1, bias=True):
        super().__init__()
        self.depthwise = nn.Conv2d(in_channels, in_channels * depth_multiplier, kernel_size, stride=stride, padding=padding,
                                   dilation=dilation, groups=in_channels, bias=False)
        self.pointwise = nn.Conv2d(in_channels * depth_multiplier, filters, 1, bias=bias)

    def forward(self, x):
        return self.pointwise(self.depthwise(x))


class BatchNorm(nn.Module):
    """Batch normalization over axis 1 whose scale or offset may be absent (Keras's center/scale; TypedGraph.Layers.BatchNorm)."""

    def __init__(self, channels, eps=1e-3, momentum=0.01, center=True, scale=True):
        super().__init__()
        self.eps = eps
        self.momentum = momentum
        self.weight = nn.Parameter(torch.ones(channels)) if scale else None
        self.bias = nn.Parameter(torch.zeros(channels)) if center else None
        self.register_buffer("running_mean", torch.zeros(channels))
        self.register_buffer("running_var", torch.ones(channels))
        self.register_buffer("num_batches_tracked", torch.tensor(0, dtype=torch.long))

    def forward(self, x):
        if self.training:
            with torch.no_grad():
                self.num_batches_tracked.add_(1)
        return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias, self.training, self.momentum, self.eps)


class MultiHeadAttention(nn.Module):
    """Keras's MultiHeadAttention on batch-first sequences (TypedGraph.Layers.MultiHeadAttention): forward(query, value, key)."""

    def __init__(self, query_dim, value_dim, key_width, num_heads, key_dim, dropout=0.0):
        super().__init__()
        self.heads = num_heads
        self.key_dim = key_dim
        projected = num_heads * key_dim
        self.query = nn.Linear(query_dim, projected)
        self.key = nn.Linear(key_width, projected)
        self.value = nn.Linear(value_dim, projected)
        self.output = nn.Linear(projected, query_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, q, v, k):
        n, tq, tv = q.shape[0], q.shape[1], v.shape[1]
        queries = self.query(q).view(n, tq, self.heads, self.key_dim).transpose(1, 2)
        keys = self.key(k).view(n, tv, self.heads, self.key_dim).transpose(1, 2)
        values = self.value(v).view(n, tv, self.heads, self.key_dim).transpose(1, 2)
        scores = queries.matmul(keys.transpose(-2, -1)).div(math.sqrt(self.key_dim)).softmax(-1)
        attended = self.dropout(scores).matmul(values).transpose(1, 2).reshape(n, tq, self.heads * self.key_dim)
        return self.output(attended)
