# ch16_ravine_paths.gp, written by redes. Redraw ch16_ravine_paths.png from its data with: gnuplot ch16_ravine_paths.gp
set encoding utf8
set terminal pngcairo size 1300,560 enhanced font 'DejaVu Sans,11'
set output 'ch16_ravine_paths.png'
set datafile separator ','
set title 'The five optimizers in the ravine ½θᵀAθ, λ₁ = 1, λ₂ = 50, 200 steps (every θ_K within 0.013 of the minimum)'
set xlabel 'θ₁'
set ylabel 'θ₂'
set grid
set key outside right top vertical box opaque
set xrange [-5:5]
set yrange [-2.5:2.5]
set cblabel 'log₁₀(1 + R̂)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
plot 'ch16_ravine_paths.csv' index 0 using 1:2:3 with image notitle, \
     'ch16_ravine_paths.csv' index 1 using 1:2 with lines lc rgb 'gray60' lw 1 notitle, \
     'ch16_ravine_paths.csv' index 2 using 1:2 with lines lw 4 lc rgb '#1f77b4' title 'gradient descent, η = 0.03', \
     'ch16_ravine_paths.csv' index 3 using 1:2 with lines lw 2 lc rgb '#d62728' title 'momentum, η = 0.01', \
     'ch16_ravine_paths.csv' index 4 using 1:2 with lines lw 3 lc rgb '#2ca02c' title 'AdaGrad, η = 1', \
     'ch16_ravine_paths.csv' index 5 using 1:2 with lines lw 1.5 lc rgb '#9467bd' title 'RMSProp, η = 0.03', \
     'ch16_ravine_paths.csv' index 6 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'Adam, η = 1', \
     'ch16_ravine_paths.csv' index 7 using 1:2 with points pt 9 ps 2 lc rgb 'black' title 'θ_0', \
     'ch16_ravine_paths.csv' index 8 using 1:2 with points pt 3 ps 2.5 lw 2 lc rgb '#17becf' title 'minimum'
set output
