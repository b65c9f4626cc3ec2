import FazhiKit

print("fazhi \(FazhiVersion.current)")
