// The part of autocannon's API scripts/bench-http.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    average: number
    max: number
    min: number
    total: number
    p50: number
    p90: number
    p99: number
  }
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void
    /** Returns the request to send (called before each one when present). */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request
  }
  interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string
    connections?: number
    duration?: number
    /** Sent in turn by every connection, looping. */
    requests?: Request[]
    timeout?: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    '4xx': number
    '5xx': number
    statusCodeStats: Record<string, { count: number }>
  }
  function autocannon(opts: Options): Promise<Result>
  export default autocannon
}
