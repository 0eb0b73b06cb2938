"""Data-parallel training on CPUs: DistributedDataParallel (DDP) with the gloo backend.

Start one process per worker with torchrun, which sets RANK, WORLD_SIZE, LOCAL_RANK,
MASTER_ADDR and MASTER_PORT in each process's environment:

    torchrun --nproc_per_node=2 examples/ddp/train_ddp.py
    python -m torch.distributed.run --nproc_per_node=2 examples/ddp/train_ddp.py   # the same

Add --no-ddp to train the same replicas WITHOUT gradient averaging, and compare the last line.
"""
import argparse
import time

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler


def synthetic_regression(n=4096, features=16, seed=0):
    """The same noisy linear data set on every rank (the seed is fixed)."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, features, generator=g)
    w = torch.randn(features, 1, generator=g)
    y = x @ w + 0.1 * torch.randn(n, 1, generator=g)
    return TensorDataset(x, y)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32, help="per process")
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--no-ddp", action="store_true", help="skip DDP: no gradient all-reduce")
    args = parser.parse_args()

    # init_method defaults to "env://": rank, world size and rendezvous address come from torchrun.
    dist.init_process_group(backend="gloo")
    rank, world = dist.get_rank(), dist.get_world_size()
    torch.set_num_threads(1)

    # A different seed per rank, on purpose: DDP broadcasts rank 0's weights when it wraps the model.
    torch.manual_seed(rank)
    model = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 1))
    net = model if args.no_ddp else DDP(model)  # on GPUs: backend "nccl", DDP(model.cuda(i), device_ids=[i])

    data = synthetic_regression()
    sampler = DistributedSampler(data, num_replicas=world, rank=rank, shuffle=True, seed=0)
    loader = DataLoader(data, batch_size=args.batch_size, sampler=sampler)
    optimizer = torch.optim.SGD(net.parameters(), lr=args.lr)
    loss_fn = nn.MSELoss()
    if rank == 0:
        print(f"world size {world}: {len(sampler)} samples per rank per epoch, "
              f"global batch {args.batch_size * world}", flush=True)

    start = time.perf_counter()
    for epoch in range(args.epochs):
        sampler.set_epoch(epoch)  # a new shuffle each epoch, still disjoint across ranks
        total, seen = 0.0, 0
        for x, y in loader:
            optimizer.zero_grad()
            loss = loss_fn(net(x), y)
            loss.backward()  # with DDP, gradients are averaged across ranks during backward
            optimizer.step()
            total, seen = total + loss.item() * len(x), seen + len(x)
        print(f"rank {rank} epoch {epoch} loss {total / seen:.4f} ({seen} samples)", flush=True)

    # Gather every rank's parameters and compare them with rank 0's.
    flat = torch.cat([p.detach().reshape(-1) for p in model.parameters()])
    gathered = [torch.empty_like(flat) for _ in range(world)]
    dist.all_gather(gathered, flat)
    same = all(torch.equal(gathered[0], other) for other in gathered)
    print(f"rank {rank}: parameters identical across {world} ranks: {same} "
          f"({time.perf_counter() - start:.1f} s)", flush=True)
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
