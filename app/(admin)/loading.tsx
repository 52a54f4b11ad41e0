import { Skeleton } from "@/components/ui/card";

export default function Loading() {
  return (
    <div className="space-y-4">
      <div className="h-10 w-64 animate-pulse rounded bg-slate-200/70" />
      <Skeleton rows={8} />
    </div>
  );
}
