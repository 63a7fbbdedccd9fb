package dev.flotilla.app.bench;

/**
 * What one benchmark cycle cost and left behind.
 *
 * @param wallMs the cycle's wall time
 * @param cpuMs Flotilla's process CPU during the cycle
 * @param heapAfterGcMb heap used after a full GC following the cycle
 * @param storeWrites job rows, cluster rows and SLI interval changes written
 * @param dbBytes SQLite file plus its WAL after the cycle
 * @param simCpuMs the simulator process's CPU during the cycle
 */
record CycleSample(
    long wallMs,
    long cpuMs,
    long heapAfterGcMb,
    long storeWrites,
    long dbBytes,
    long simCpuMs,
    int unreachableClusters,
    int jobs,
    int openIntervals,
    int threads) {}
