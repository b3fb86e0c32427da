// The one typed fetch wrapper: every call to the API goes through here and fails with ApiError.
import type { GraphResponse } from "../contract/graph.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** No answer or a 5xx (the database down, a server fault): the same call may work later. */
  get retriable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { "content-type": "application/json" }, ...init });
  } catch {
    throw new ApiError(0, "network", "The whomet server cannot be reached.");
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    throw new ApiError(
      res.status,
      body?.error?.code ?? "http_error",
      body?.error?.message ?? `HTTP ${res.status}`,
    );
  }
  return body as T;
}

export function fetchGraph(params: Record<string, string | number | undefined> = {}): Promise<GraphResponse> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, String(v));
  const qs = query.toString();
  return api<GraphResponse>(`/api/graph${qs ? `?${qs}` : ""}`);
}
