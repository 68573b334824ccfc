export function AgentPage(_props: { id?: string }) { return <div className="page">todo</div>; }
