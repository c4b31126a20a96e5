"""Forward and backward rules of each node of chapter 5's graph, with the numbers as text.

Each rule computes its node for a batch of one (float64) with the formulas
written out, not through the network's layers, so that the walk's final
check against ``network.gradient`` compares two independent computations.
A forward rule returns ``(output, what its backward rule needs, Step)``; a
backward rule returns ``(dL/d its input, Step)`` and puts the gradients of
its parameters into ``Context.grads``.

The notes, and the formulas' lines with words in them, are ``core.phrase.Phrase``
objects: English text that the window shows translated (symbols stay as they are).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from core.backprop_step import BACKWARD, FORWARD, Context, Forward, Node, Step, describe, num
from core.functions import sigmoid, softmax
from core.phrase import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "BackpropNodes"

EPS_BN = 10e-7  # the book's batch-norm epsilon (1e-6)


def _phrase(template: str, **values: object) -> Phrase:
    return Phrase(CONTEXT, template, **values)


def _lines(*lines: str) -> Phrase:
    """The formula's lines, one text; those that are ``Phrase`` objects are translated."""
    return Phrase.join(lines, "\n")


# -- forward -----------------------------------------------------------------------


def _affine_forward(node: Node, x: np.ndarray, name: str, ctx: Context) -> Forward:
    i = node.index
    W, b = ctx.params[f"W{i}"], ctx.params[f"b{i}"]
    out = x @ W + b
    j = int(np.argmax(np.abs(out[0])))
    formula = (
        f"{node.out} = {name} · W{i} + b{i}\n"
        f"  {name} : {describe(x)}\n  W{i} : {W.shape}\n  b{i} : {describe(b)}\n"
        f"  {node.out}[{j}] = Σ_k {name}[k]·W{i}[k,{j}] + b{i}[{j}]"
        f" = {num(x[0] @ W[:, j])} + {num(b[j])} = {num(out[0, j])}\n"
        f"{node.out} : {describe(out)}"
    )
    arrays = {name: x[0], f"W{i}": W, f"b{i}": b, node.out: out[0]}
    return out, None, Step(
        node.key, node.label, FORWARD, formula, arrays,
        images=(name,) if x.shape[1] == 784 else (),
        tiles=(f"W{i}",) if W.shape[0] == 784 else (),
    )  # fmt: skip


def _activation_forward(node: Node, a: np.ndarray, name: str, ctx: Context) -> Forward:
    z, j = node.out, int(np.argmax(np.abs(a[0])))
    if node.kind == "sigmoid":
        out = sigmoid(a)  # 1 / (1 + exp(-a)), quiet where exp overflows to the right 0
        rule = f"{z} = 1 / (1 + exp(-{name}))"
        worked = f"1 / (1 + exp(-({num(a[0, j])}))) = {num(out[0, j])}"
        saturated = int(np.sum((out < 0.01) | (out > 0.99)))
        note = _saturated(saturated, a.shape[1])
    elif node.kind == "relu":
        out = np.maximum(a, 0)
        rule, worked = f"{z} = max(0, {name})", f"max(0, {num(a[0, j])}) = {num(out[0, j])}"
        note = _phrase(
            QT_TRANSLATE_NOOP(
                "BackpropNodes", "{count} of {units} units off (≤ 0): no gradient flows there"
            ),
            count=int(np.sum(a <= 0)),
            units=a.shape[1],
        )
    else:
        out = np.tanh(a)
        rule, worked = f"{z} = tanh({name})", f"tanh({num(a[0, j])}) = {num(out[0, j])}"
        note = _saturated(int(np.sum(np.abs(out) > 0.99)), a.shape[1])
    formula = f"{rule}\n  {name} : {describe(a)}\n  {z}[{j}] = {worked}\n{z} : {describe(out)}"
    step = Step(node.key, node.label, FORWARD, formula, {name: a[0], z: out[0]}, note=note)
    return out, out, step


def _saturated(count: int, units: int) -> Phrase:
    return _phrase(
        QT_TRANSLATE_NOOP("BackpropNodes", "{count} of {units} units saturated"),
        count=count,
        units=units,
    )


def _batchnorm_forward(node: Node, a: np.ndarray, name: str, ctx: Context) -> Forward:
    i, n = node.index, node.out
    gamma, beta = ctx.params[f"gamma{i}"], ctx.params[f"beta{i}"]
    if ctx.train_flg:
        mu, var = a.mean(axis=0), np.mean((a - a.mean(axis=0)) ** 2, axis=0)
        source = QT_TRANSLATE_NOOP("BackpropNodes", "{rule}   (the batch's mu and var)")
        note = _phrase(
            QT_TRANSLATE_NOOP(
                "BackpropNodes",
                "Training mode: the batch's own mean and variance. A batch of one is its own "
                "mean, so xn = 0 and the output is beta whatever the input: no gradient flows "
                "back.",
            )
        )
    else:
        mu, var = ctx.buffers[f"running_mean{i}"], ctx.buffers[f"running_var{i}"]
        source = QT_TRANSLATE_NOOP("BackpropNodes", "{rule}   (running mu and var)")
        note = _phrase(
            QT_TRANSLATE_NOOP(
                "BackpropNodes", "Test mode: the running mean and variance kept in training."
            )
        )
    xn = (a - mu) / np.sqrt(var + EPS_BN)
    out = gamma * xn + beta
    formula = _lines(
        _phrase(source, rule=f"xn = ({name} - mu) / √(var + 1e-6)"),
        f"{n} = gamma{i}·xn + beta{i}\n"
        f"  {name} : {describe(a)}\n  mu : {describe(mu)}\n  var : {describe(var)}\n"
        f"  gamma{i} : {describe(gamma)}\n  beta{i} : {describe(beta)}\n"
        f"  xn : {describe(xn)}\n{n} : {describe(out)}",
    )
    arrays = {name: a[0], "mu": mu, "var": var, "xn": xn[0], n: out[0]}
    step = Step(node.key, node.label, FORWARD, formula, arrays, note=note)
    return out, (xn, mu, var), step


def _dropout_forward(node: Node, z: np.ndarray, name: str, ctx: Context) -> Forward:
    r, out_name = ctx.dropout_ratio, node.out
    if ctx.train_flg:
        mask = ctx.rng.random(z.shape) > r
        rule: str = _phrase(
            QT_TRANSLATE_NOOP("BackpropNodes", "{rule}   (mask: keep where a uniform draw > {r})"),
            rule=f"{out_name} = {name} · mask",
            r=num(r),
        )
        note = _phrase(
            QT_TRANSLATE_NOOP(
                "BackpropNodes",
                "Training mode: this mask keeps {kept} of {units} units "
                "(drawn as gradient() draws it).",
            ),
            kept=int(mask.sum()),
            units=z.shape[1],
        )
    else:
        mask = np.full(z.shape, 1.0 - r)
        rule = f"{out_name} = {name} · (1 - {num(r)})"
        note = _phrase(
            QT_TRANSLATE_NOOP(
                "BackpropNodes",
                "Test mode: every unit is kept and scaled by 1 - {r}; training drops some.",
            ),
            r=num(r),
        )
    out = z * mask
    formula = _lines(rule, f"  {name} : {describe(z)}\n{out_name} : {describe(out)}")
    step = Step(node.key, node.label, FORWARD, formula, {name: z[0], out_name: out[0]}, note=note)
    return out, mask, step


FORWARD_RULES: dict[str, Callable[..., Forward]] = {
    "affine": _affine_forward,
    "sigmoid": _activation_forward,
    "relu": _activation_forward,
    "tanh": _activation_forward,
    "batchnorm": _batchnorm_forward,
    "dropout": _dropout_forward,
}


# -- the loss, both ways -----------------------------------------------------------


def softmax_with_loss(a: np.ndarray, name: str, t: int, ctx: Context) -> list[Step]:
    """SoftmaxWithLoss forward (``y``, the loss ``L``) and backward (``(y - t) / N``).

    Parameters
    ----------
    a : (1, 10) float64
        The scores, the last Affine's output, called ``name`` in the formulas.
    t : int
        The target class.
    """
    y = softmax(a)
    weights = [W for key, W in ctx.params.items() if key.startswith("W")]
    penalty = 0.5 * ctx.weight_decay * sum(float(np.sum(W**2)) for W in weights)
    cross_entropy = -float(np.log(y[0, t] + 1e-7))
    loss = cross_entropy + penalty
    forward_lines: list[str] = [
        f"y = softmax({name}) = exp({name}) / Σ exp({name})\n"
        f"  {name} : {describe(a)}\n  y : {describe(y)}\n"
        f"L = -log(y[{t}] + 1e-7) = -log({num(y[0, t])} + 1e-7) = {num(cross_entropy)}"
    ]
    if ctx.weight_decay:
        decay = QT_TRANSLATE_NOOP("BackpropNodes", "  + ½·λ·Σ W² (weight decay) = {sum}")
        total = f"{num(cross_entropy)} + {num(penalty)} = {num(loss)}"
        forward_lines.append(_phrase(decay, sum=total))
    forward = _lines(*forward_lines)
    one_hot = np.zeros_like(y)
    one_hot[0, t] = 1.0
    dout = (y - one_hot) / 1  # the batch size N is 1
    backward = _lines(
        _phrase(
            QT_TRANSLATE_NOOP("BackpropNodes", "{rule}   (t one-hot at {t}, N = 1)"),
            rule=f"dL/d{name} = (y - t) / N",
            t=t,
        ),
        f"  y : {describe(y)}\n  t : {describe(one_hot)}\ndL/d{name} : {describe(dout)}",
    )
    arrays = {name: a[0], "y": y[0], "t": one_hot[0], "L": np.array(loss)}
    label = "Softmax+Loss"
    note = _phrase(
        QT_TRANSLATE_NOOP("BackpropNodes", "Target t = {t}; the network's answer is {answer}."),
        t=t,
        answer=int(np.argmax(y)),
    )
    simple = _phrase(
        QT_TRANSLATE_NOOP(
            "BackpropNodes", "Softmax and the cross-entropy together have this simple gradient."
        )
    )
    return [
        Step("SoftmaxWithLoss", label, FORWARD, forward, arrays, note=note),
        Step("SoftmaxWithLoss", label, BACKWARD, backward, {"y": y[0], f"dL/d{name}": dout},
             note=simple),
    ]  # fmt: skip


# -- backward ----------------------------------------------------------------------


def _affine_backward(
    node: Node, x: np.ndarray, name: str, memo: Any, dout: np.ndarray, ctx: Context
) -> tuple[np.ndarray, Step]:
    i, a = node.index, node.out
    W = ctx.params[f"W{i}"]
    dx, dW, db = dout @ W.T, x.T @ dout, dout.sum(axis=0)
    dW_rule: str = f"dL/dW{i} = {name}ᵀ · dL/d{a}"
    if ctx.weight_decay:
        dW = dW + ctx.weight_decay * W
        dW_rule = _phrase(
            QT_TRANSLATE_NOOP("BackpropNodes", "{rule}   (weight decay, λ = {decay})"),
            rule=f"{dW_rule} + λ·W{i}",
            decay=num(ctx.weight_decay),
        )
    ctx.grads[f"W{i}"], ctx.grads[f"b{i}"] = dW, db
    k, j = np.unravel_index(int(np.argmax(np.abs(dW))), dW.shape)
    formula = _lines(
        f"dL/d{name} = dL/d{a} · W{i}ᵀ\n  dL/d{a} : {describe(dout)}\n"
        f"  dL/d{name} : {describe(dx)}",
        dW_rule,
        f"  dL/dW{i} : {dW.shape}\n"
        f"  dL/dW{i}[{k},{j}] = {name}[{k}] · dL/d{a}[{j}]"
        f" = {num(x[0, k])} · {num(dout[0, j])} = {num(x[0, k] * dout[0, j])}",
        _phrase(
            QT_TRANSLATE_NOOP("BackpropNodes", "{rule} summed over the batch"),
            rule=f"dL/db{i} = dL/d{a}",
        ),
        f"  dL/db{i} : {describe(db)}",
    )
    first = i == 1
    arrays = {
        f"dL/d{a}": dout[0],
        name: x[0],
        f"dL/d{name}": dx[0],
        f"dL/dW{i}": dW,
        f"dL/db{i}": db,
    }
    note = (
        _phrase(
            QT_TRANSLATE_NOOP(
                "BackpropNodes",
                "dL/dx: which pixels would change the answer. Red: more ink there raises the "
                "loss (the target gets less likely); blue: more ink lowers it.",
            )
        )
        if first
        else ""
    )
    return dx, Step(
        node.key, node.label, BACKWARD, formula, arrays,
        images=(name, "dL/dx") if first else (),
        tiles=(f"dL/dW{i}",) if W.shape[0] == 784 else (),
        input_gradient="dL/dx" if first else None, note=note,
    )  # fmt: skip


def _activation_backward(
    node: Node, a: np.ndarray, name: str, out: Any, dout: np.ndarray, ctx: Context
) -> tuple[np.ndarray, Step]:
    z = node.out
    if node.kind == "sigmoid":
        local, rule = out * (1 - out), f"{z}·(1 - {z})"
    elif node.kind == "relu":
        local, rule = (a > 0).astype(np.float64), f"[{name} > 0]"
    else:
        local, rule = 1 - out**2, f"(1 - {z}²)"
    dx = dout * local
    j = int(np.argmax(np.abs(dx[0])))
    formula = (
        f"dL/d{name} = dL/d{z} · {rule}\n"
        f"  dL/d{z} : {describe(dout)}\n  {rule} : {describe(local)}\n"
        f"  dL/d{name}[{j}] = {num(dout[0, j])} · {num(local[0, j])} = {num(dx[0, j])}\n"
        f"dL/d{name} : {describe(dx)}"
    )
    arrays = {f"dL/d{z}": dout[0], "local": local[0], f"dL/d{name}": dx[0]}
    return dx, Step(node.key, node.label, BACKWARD, formula, arrays)


def _batchnorm_backward(
    node: Node, a: np.ndarray, name: str, memo: Any, dout: np.ndarray, ctx: Context
) -> tuple[np.ndarray, Step]:
    i, n = node.index, node.out
    xn, mu, var = memo
    gamma = ctx.params[f"gamma{i}"]
    dbeta, dgamma = dout.sum(axis=0), np.sum(xn * dout, axis=0)
    if ctx.train_flg:  # the book's backward through the batch's mean and variance
        xc, std, batch = a - mu, np.sqrt(var + EPS_BN), a.shape[0]
        dxc = gamma * dout / std
        dvar = 0.5 * -np.sum(gamma * dout * xc / (std * std), axis=0) / std
        dxc = dxc + (2.0 / batch) * xc * dvar
        dx = dxc - np.sum(dxc, axis=0) / batch
        rule = _phrase(
            QT_TRANSLATE_NOOP("BackpropNodes", "{rule} = 0 for N = 1"),
            rule=f"dL/d{name} = (gamma/std)(dL/d{n} - mean(dL/d{n}) - xn·mean(dL/d{n}·xn))",
        )
    else:
        dx = dout * gamma / np.sqrt(var + EPS_BN)
        rule = _phrase(
            QT_TRANSLATE_NOOP("BackpropNodes", "{rule}   (running var: a fixed scale)"),
            rule=f"dL/d{name} = dL/d{n} · gamma{i} / √(var + 1e-6)",
        )
    ctx.grads[f"gamma{i}"], ctx.grads[f"beta{i}"] = dgamma, dbeta
    formula = _lines(
        rule,
        f"  dL/d{n} : {describe(dout)}\n"
        f"dL/dgamma{i} = dL/d{n} · xn : {describe(dgamma)}\n"
        f"dL/dbeta{i} = dL/d{n} : {describe(dbeta)}\n"
        f"dL/d{name} : {describe(dx)}",
    )
    arrays = {f"dL/d{n}": dout[0], f"dL/dgamma{i}": dgamma, f"dL/dbeta{i}": dbeta,
              f"dL/d{name}": dx[0]}  # fmt: skip
    return dx, Step(node.key, node.label, BACKWARD, formula, arrays)


def _dropout_backward(
    node: Node, z: np.ndarray, name: str, mask: Any, dout: np.ndarray, ctx: Context
) -> tuple[np.ndarray, Step]:
    dx = dout * mask
    scale = "mask" if ctx.train_flg else f"(1 - {num(ctx.dropout_ratio)})"
    formula = (
        f"dL/d{name} = dL/d{node.out} · {scale}\n"
        f"  dL/d{node.out} : {describe(dout)}\ndL/d{name} : {describe(dx)}"
    )
    arrays = {f"dL/d{node.out}": dout[0], f"dL/d{name}": dx[0]}
    return dx, Step(node.key, node.label, BACKWARD, formula, arrays)


BACKWARD_RULES: dict[str, Callable[..., tuple[np.ndarray, Step]]] = {
    "affine": _affine_backward,
    "sigmoid": _activation_backward,
    "relu": _activation_backward,
    "tanh": _activation_backward,
    "batchnorm": _batchnorm_backward,
    "dropout": _dropout_backward,
}
