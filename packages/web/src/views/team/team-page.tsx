export function TeamPage() { return <div className="page">todo</div>; }
