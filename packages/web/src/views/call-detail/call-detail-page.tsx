export function CallDetailPage(_props: { id?: string }) { return <div className="page">todo</div>; }
